import { formatDay, formatFileSize, formatPercent, formatPoints, parseDayVi, todayIso } from './format';

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
});
