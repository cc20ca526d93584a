import { describe, expect, it } from '@jest/globals';
import { readerFor } from './framework-file-readers';

describe('framework file readers: the type by content', () => {
  it('tells JSON from YAML by content, whatever the name', () => {
    expect(readerFor(Buffer.from('{"id": "x"}'), 'khung.yaml').kind).toBe('json');
    expect(readerFor(Buffer.from('\uFEFFid: x\nname: y\n'), 'khung.json').kind).toBe('yaml');
  });
  it('reports a YAML syntax error as a problem of the file', () => {
    const bytes = Buffer.from('id: x\nname: [unclosed\n');
    const result = readerFor(bytes, 'khung.yaml').read(bytes, 'khung.yaml');
    expect(result.framework).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'PARSE_ERROR' });
  });
  it('refuses binary content and plain text that is not a mapping', () => {
    expect(() => readerFor(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'annex.xlsx')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_FILE_TYPE_UNSUPPORTED' }),
    );
    expect(() => readerFor(Buffer.from('chỉ là một dòng chữ'), 'a.txt')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_FILE_TYPE_UNSUPPORTED' }),
    );
  });
});
