import { formatDay, formatFileSize, formatMomentVi, formatPercent, formatPoints, parseDayVi, parseMomentVi, todayIso } from './format';

describe('console formatting (the kernel formatter)', () => {
  it('prints points with a decimal comma, trailing zeros trimmed, and a dash for no score', () => {
    expect(formatPoints(1.5)).toBe('1,5');
    expect(formatPoints(2)).toBe('2');
    expect(formatPoints(0.25)).toBe('0,25');
    expect(formatPoints(1234.5)).toBe('1.234,5');
    expect(formatPoints(null)).toBe('—');
    expect(formatPoints(undefined)).toBe('—');
  });

  it('prints percentages with two decimals and calendar dates as dd/mm/yyyy', () => {
    expect(formatPercent(87.461)).toBe('87,46 %');
    expect(formatDay('2025-07-01')).toBe('01/07/2025');
    expect(formatDay('2024-12-31T23:30:00Z')).toBe('31/12/2024');
    expect(formatDay(null)).toBe('—');
  });

  it("knows today in Vietnam (UTC+7), not in the browser's zone", () => {
    expect(todayIso(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T16:00:00Z'))).toBe('2025-06-30');
  });
});

describe('formatFileSize', () => {
  it('prints bytes, kilobytes and megabytes with a decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(12_595)).toBe('12,3 KB');
    expect(formatFileSize(4.5 * 1024 * 1024)).toBe('4,5 MB');
  });
});

describe('parseDayVi', () => {
  it('reads dd/mm/yyyy (and d/m/yyyy) into YYYY-MM-DD, the inverse of formatDay', () => {
    expect(parseDayVi('01/07/2025')).toBe('2025-07-01');
    expect(parseDayVi(' 1/7/2025 ')).toBe('2025-07-01');
    expect(formatDay(parseDayVi('29/02/2024'))).toBe('29/02/2024');
  });
  it('refuses what is not a calendar date', () => {
    for (const bad of ['31/02/2025', '2025-07-01', '07/2025', '00/01/2025', '1/13/2025', '']) expect(parseDayVi(bad)).toBeUndefined();
  });

  it('prints and reads moments to the second in Vietnam time (UTC+7)', () => {
    expect(formatMomentVi('2024-05-07T08:30:05.120Z')).toBe('07/05/2024 15:30:05');
    expect(formatMomentVi('2024-12-31T17:00:00Z')).toBe('01/01/2025 00:00:00');
    expect(parseMomentVi('07/05/2024 15:30:05')).toBe('2024-05-07T08:30:05.000Z');
    expect(parseMomentVi(' 7/5/2024 15:30 ')).toBe('2024-05-07T08:30:00.000Z');
    // a day alone means its end, so "as of 07/05/2024" includes the whole day
    expect(parseMomentVi('07/05/2024')).toBe('2024-05-07T16:59:59.000Z');
    expect(parseMomentVi(formatMomentVi('2026-12-03T07:00:25.000Z'))).toBe('2026-12-03T07:00:25.000Z');
  });

  it('refuses moments that do not exist', () => {
    expect(parseMomentVi('31/02/2024 10:00')).toBeUndefined();
    expect(parseMomentVi('07/05/2024 24:00')).toBeUndefined();
    expect(parseMomentVi('07/05/2024 10:61')).toBeUndefined();
    expect(parseMomentVi('hôm qua')).toBeUndefined();
  });
});
