import { formatDateTimeVi, formatDateVi, formatNumberVi, isoDateInVietnam } from './vietnamese';

describe('formatNumberVi', () => {
  it('uses a decimal comma and dots for thousands', () => {
    expect(formatNumberVi(87.461, 3)).toBe('87,461');
    expect(formatNumberVi(1234567.5, 1)).toBe('1.234.567,5');
    expect(formatNumberVi(1000, 0)).toBe('1.000');
    expect(formatNumberVi(999, 0)).toBe('999');
  });
  it('keeps trailing zeros when fixed, trims them otherwise', () => {
    expect(formatNumberVi(2, 2)).toBe('2,00');
    expect(formatNumberVi(0.5, 3, false)).toBe('0,5');
    expect(formatNumberVi(2, 3, false)).toBe('2');
  });
  it('rounds to the given decimals and never prints a negative zero', () => {
    expect(formatNumberVi(0.2500001, 6, false)).toBe('0,25');
    expect(formatNumberVi(-0.04, 2)).toBe('-0,04');
    expect(formatNumberVi(-0.0001, 2)).toBe('0,00');
    expect(formatNumberVi(-1234.5, 1)).toBe('-1.234,5');
  });
});

describe('formatDateVi', () => {
  it('prints day/month/year with two-digit day and month', () => {
    expect(formatDateVi(new Date('2024-05-07T03:00:00Z'))).toBe('07/05/2024');
  });
  it('uses the Vietnam calendar day, not UTC (UTC+7)', () => {
    expect(formatDateVi('2024-05-06T17:30:00Z')).toBe('07/05/2024');
    expect(formatDateVi('2024-12-31T16:59:59Z')).toBe('31/12/2024');
    expect(formatDateVi('2024-12-31T17:00:00Z')).toBe('01/01/2025');
  });
  it('refuses an invalid date', () => {
    expect(() => formatDateVi('not a date')).toThrow(RangeError);
  });
});

describe('formatDateTimeVi', () => {
  it('prints day/month/year hour:minute in Vietnam time', () => {
    expect(formatDateTimeVi(new Date('2024-05-07T03:04:00Z'))).toBe('07/05/2024 10:04');
    expect(formatDateTimeVi('2024-12-31T17:30:00Z')).toBe('01/01/2025 00:30');
  });
});

describe('isoDateInVietnam', () => {
  it('gives the day in Vietnam (UTC+7), not in UTC', () => {
    expect(isoDateInVietnam('2025-10-31T16:59:59Z')).toBe('2025-10-31');
    expect(isoDateInVietnam('2025-10-31T17:00:00Z')).toBe('2025-11-01');
    expect(() => isoDateInVietnam('not a date')).toThrow(RangeError);
  });
});
