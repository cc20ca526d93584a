import { formatVi, fromScaled, parseFigure, roundTo, toScaled } from './decimal';

describe('decimal helpers', () => {
  it('rounds without binary noise, per mode', () => {
    expect(toScaled(0.1 * 3, 2)).toBe(30);
    expect(toScaled(2.675, 2)).toBe(268); // 2.675 is 2.67499999... in binary
    expect(toScaled(2.665, 2, 'half-even')).toBe(266);
    expect(toScaled(2.675, 2, 'half-even')).toBe(268);
    expect(toScaled(0.4804, 2, 'down')).toBe(48);
    expect(toScaled(-1.005, 2)).toBe(-101);
    expect(fromScaled(87461, 3)).toBe(87.461);
    expect(roundTo((49 / 51) * 0.5, 2)).toBe(0.48);
  });

  it('formats numbers the Vietnamese way', () => {
    expect(formatVi(87.461, 3)).toBe('87,461');
    expect(formatVi(2, 2)).toBe('2,00');
    expect(formatVi(0.5, 3, false)).toBe('0,5');
    expect(formatVi(1234567.5, 1)).toBe('1.234.567,5');
    expect(formatVi(-0.04, 2)).toBe('-0,04');
  });

  it('parses figures as printed, keeping their precision', () => {
    expect(parseFigure('87,461')).toMatchObject({ value: 87.461, decimals: 3 });
    expect(parseFigure('2,00')).toMatchObject({ value: 2, decimals: 2 });
    expect(parseFigure('1.234,5')).toMatchObject({ value: 1234.5, decimals: 1 });
    expect(parseFigure('-0.04')).toMatchObject({ value: -0.04, decimals: 2 });
    expect(parseFigure(12.5)).toMatchObject({ value: 12.5, decimals: 1 });
    expect(parseFigure('abc')).toBeUndefined();
  });
});
