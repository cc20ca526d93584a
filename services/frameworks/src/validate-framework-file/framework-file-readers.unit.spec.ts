import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readerFor } from './framework-file-readers';

describe('framework file readers: the type by content', () => {
  it('tells JSON from YAML by content, whatever the name', () => {
    expect(readerFor(Buffer.from('{"id": "x"}'), 'khung.yaml').kind).toBe('json');
    expect(readerFor(Buffer.from('\uFEFFid: x\nname: y\n'), 'khung.json').kind).toBe('yaml');
  });
  it('reports a YAML syntax error as a problem of the file', async () => {
    const bytes = Buffer.from('id: x\nname: [unclosed\n');
    const result = await readerFor(bytes, 'khung.yaml').read(bytes, 'khung.yaml', 'bac-kan');
    expect(result.framework).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'PARSE_ERROR' });
  });
  it('refuses binary content and plain text that is not a mapping', () => {
    expect(() => readerFor(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0xe2, 0xe3]), 'annex.xlsx')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_FILE_TYPE_UNSUPPORTED' }),
    );
    expect(() => readerFor(Buffer.from('chỉ là một dòng chữ'), 'a.txt')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_FILE_TYPE_UNSUPPORTED' }),
    );
  });

  it('reads a province annex (XLSX) into the same framework as its YAML file', async () => {
    const bytes = readFileSync(new URL('../../../../examples/frameworks/bac-kan-2023-district.annex.xlsx', import.meta.url));
    const reader = readerFor(bytes, 'phu-luc.xlsx');
    expect(reader.kind).toBe('xlsx');
    const result = await reader.read(bytes, 'phu-luc.xlsx', 'bac-kan');
    expect(result.problems).toEqual([]);
    expect(result.framework).toMatchObject({ id: 'bac-kan-2023-district', province: 'bac-kan', totalMax: 100 });
  });
  it('places an annex problem by sheet and row', async () => {
    const result = await readerFor(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'hong.xlsx').read(
      Buffer.from([0x50, 0x4b, 3, 4, 0, 0]),
      'hong.xlsx',
      'bac-kan',
    );
    expect(result.framework).toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
