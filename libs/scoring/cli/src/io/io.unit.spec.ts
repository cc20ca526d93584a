import { decodeText } from './decode-text';
import { detectDelimiter, parseBoolCell, parseNumberCell } from './parse-number';
import { formatDateTimeVi, formatDateVi } from '@par/kernel';
import { table, viNumber } from './output';
import { EXIT, exitCodeOf, failureError, usageError } from './exit-codes';

describe('results file reading', () => {
  it('numbers: one decimal separator, or consistent grouping; ambiguous or malformed text is refused (null)', () => {
    expect(parseNumberCell('87,461')).toBe(87.461);
    expect(parseNumberCell('87.461')).toBe(87.461);
    expect(parseNumberCell(' -2 ')).toBe(-2);
    expect(parseNumberCell('1.234,5')).toBe(1234.5);
    expect(parseNumberCell('1,234.5')).toBe(1234.5);
    expect(parseNumberCell('')).toBeUndefined();
    for (const bad of ['9.28,5', '1.2.3', '12abc', '1e3', 'abc', '1,2,3', '0x10', '--1']) expect(parseNumberCell(bad)).toBeNull();
    expect(parseBoolCell('không')).toBe(false);
    expect(parseBoolCell('Có')).toBe(true);
    expect(parseBoolCell('maybe')).toBeNull();
  });

  it('delimiter detected from the header line: comma, semicolon or tab (quotes respected)', () => {
    expect(detectDelimiter('unitId,code,value\nx,1,2')).toBe(',');
    expect(detectDelimiter('unitId;code;value\nx;1;2,5')).toBe(';');
    expect(detectDelimiter('unitId\tcode\tvalue\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
  });

  it('decodes UTF-8 with or without BOM and UTF-16 LE/BE with BOM; refuses other encodings in Vietnamese', () => {
    const text = 'unitId;code\nxã Đôn Phong;1';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.from(text), 'f')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'f')).toBe(text);
    expect(decodeText(le, 'f')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f')).toBe(text);
    expect(() => decodeText(Buffer.from([0x78, 0xe3, 0x20, 0xd0]), 'f.csv')).toThrow(/không phải văn bản UTF-8/);
    expect(() => decodeText(Buffer.from(text, 'utf16le'), 'f.csv')).toThrow(/thiếu dấu BOM/);
  });
});

describe('output for officials', () => {
  it('numbers without float noise, Vietnamese separators; dates dd/mm/yyyy in Vietnam time', () => {
    expect(viNumber(0.6999999999999993)).toBe('0,7');
    expect(viNumber(0.1 + 0.2)).toBe('0,3');
    expect(viNumber(1234.5)).toBe('1.234,5');
    expect(formatDateTimeVi('2024-05-07T03:04:00Z')).toBe('07/05/2024 10:04');
    expect(formatDateVi('2024-05-07T20:00:00Z')).toBe('08/05/2024');
  });

  it('tables fit the width: long text wraps, numbers keep their width, too many columns split into tables', () => {
    const long = 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn theo quy định của pháp luật hiện hành';
    const t = table(['Mã', 'Tiêu chí', 'Mất'], [['1.1.1', long, '0,250']], 60);
    const lines = t.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    expect(t).toContain('0,250');
    expect(t).not.toContain('…');
    for (const word of long.split(' ')) expect(t).toContain(word);
    expect(lines.length).toBeGreaterThan(5);
    const wide = table(
      ['Hạng', 'Đơn vị', ...Array.from({ length: 12 }, (_, i) => `LV ${i + 1}`)],
      [['1', 'TP Bắc Kạn', ...Array(12).fill('15,992')]],
      80,
    );
    expect(Math.max(...wide.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(wide.match(/TP Bắc Kạn/g)!.length).toBeGreaterThan(1);
    expect(wide.match(/15,992/g)).toHaveLength(12);
  });
});

describe('exit codes', () => {
  it('0 ok, 1 findings, 2 usage, 3 failure; other errors count as failures', () => {
    expect(EXIT).toEqual({ ok: 0, findings: 1, usage: 2, failure: 3 });
    expect(exitCodeOf(usageError('X', 'x', 'x'))).toBe(2);
    expect(exitCodeOf(failureError('X', 'x', 'x'))).toBe(3);
    expect(exitCodeOf(new Error('boom'))).toBe(3);
  });
});
