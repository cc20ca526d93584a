import { describe, expect, it } from '@jest/globals';
import { readResponseTable } from '@par/surveys-domain';
import { fixtureDefinition } from '@par/surveys-domain/testing';
import { MAX_RESPONSE_FILE_BYTES, readResponseFile } from './read-response-file';

describe('response files: encoding, delimiters, bounds', () => {
  it('reports a row saved in a legacy encoding (not UTF-8) as BAD_ENCODING, by row', async () => {
    const head = Buffer.from('Mã người trả lời;Nhóm;Mã đơn vị;q1;q2;q3\nr1;dai-bieu;u1;5;;\n', 'utf8');
    const legacy = Buffer.from([0x72, 0x32, 0x3b, 0x6e, 0x67, 0xfc, 0x1b, 0x3b, 0x75, 0x31, 0x3b, 0x34, 0x3b, 0x3b, 0x0a]); // "r2;ng\xfc\x1b;u1;4;;"
    const sheets = await readResponseFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), head, legacy]), 'phieu.csv');
    const t = readResponseTable(fixtureDefinition(), ['u1'], sheets);
    expect(t.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'BAD_ENCODING'],
      [3, 'UNKNOWN_GROUP'],
    ]);
  });

  it('reads tab-separated text with a BOM', async () => {
    const sheets = await readResponseFile(
      Buffer.from('\uFEFFMã người trả lời\tNhóm\tMã đơn vị\tq1\tq2\tq3\nr1\tdai-bieu\tu1\t5\t\t\n', 'utf8'),
      'p.tsv',
    );
    expect(readResponseTable(fixtureDefinition(), ['u1'], sheets)).toEqual({
      rows: [['r1', 'dai-bieu', 'u1', [5, null, null]]],
      problems: [],
    });
  });

  it('refuses a file over the bound and an XLSX that is not one', async () => {
    await expect(readResponseFile(new Uint8Array(MAX_RESPONSE_FILE_BYTES + 1), 'x.csv')).rejects.toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
    });
    await expect(readResponseFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
  });
});
