import { describe, expect, it } from '@jest/globals';
import { isIsoDate, periodContainsYear, validityPeriod } from './calendar';

describe('calendar', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('07/05/2023')).toBe(false);
  });
  it('reads a period from years or dates', () => {
    expect(validityPeriod(2023, '2025')).toEqual({ validFrom: '2023-01-01', validTo: '2025-12-31' });
    expect(validityPeriod('2023-05-07', 2025)).toEqual({ validFrom: '2023-05-07', validTo: '2025-12-31' });
  });
  it('refuses a period that ends before it starts or is not a year or a date', () => {
    expect(() => validityPeriod(2025, 2023)).toThrow(expect.objectContaining({ code: 'FRAMEWORK_PERIOD_INVALID' }));
    expect(() => validityPeriod('năm 2023', 2025)).toThrow(expect.objectContaining({ code: 'FRAMEWORK_PERIOD_INVALID' }));
  });
  it('contains a year the period overlaps', () => {
    const p = { validFrom: '2023-08-07', validTo: '2025-12-31' };
    expect([2022, 2023, 2025, 2026].map((y) => periodContainsYear(p, y))).toEqual([false, true, true, false]);
  });
});
