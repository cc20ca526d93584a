import { parseScore } from './parse-score';

describe('parseScore', () => {
  it('reads a decimal comma or point', () => {
    expect(parseScore('1,5')).toBe(1.5);
    expect(parseScore(' 1.25 ')).toBe(1.25);
    expect(parseScore('2')).toBe(2);
    expect(parseScore('1.234,5')).toBe(1234.5);
  });
  it('gives NaN for what is not a number (the server answers SCORE_INVALID in Vietnamese)', () => {
    expect(parseScore('hai')).toBeNaN();
  });
});
