import { neutraliseCell, writeCsv } from './audit-csv';

const text = (b: Buffer) => b.toString('utf8');

describe('audit CSV', () => {
  it('neutralises cells a spreadsheet would evaluate, and leaves plain numbers and text alone', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    }
    expect(neutraliseCell('-0.5')).toBe('-0.5');
    expect(neutraliseCell('1.5')).toBe('1.5');
    expect(neutraliseCell('Điểm 1,5 — đủ tài liệu')).toBe('Điểm 1,5 — đủ tài liệu');
    expect(neutraliseCell(null)).toBe('');
  });

  it('quotes separators, quotes and line breaks (RFC 4180), UTF-8 with BOM, CRLF rows', async () => {
    const csv = text(
      await writeCsv(
        ['reason', 'note', 'name'],
        [
          ['Thiếu tài liệu, bổ sung sau', 'Dòng 1\nDòng 2', 'Nguyễn "Văn" A'],
          ['=cmd|" /C calc"!A0', null, '@admin'],
        ],
      ),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('reason,note,name');
    expect(csv).toContain('"Thiếu tài liệu, bổ sung sau","Dòng 1\nDòng 2","Nguyễn ""Văn"" A"\r\n');
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0",,'@admin`);
    expect(csv).not.toMatch(/(^|,|\r\n)[=+@]/);
  });
});
