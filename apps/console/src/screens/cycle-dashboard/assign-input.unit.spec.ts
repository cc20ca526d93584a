import { parseAccountIds, tickedUnits } from './assign-input';

describe('the assign form inputs', () => {
  it('reads account ids separated by commas, spaces or lines, without blanks or repeats', () => {
    expect(parseAccountIds(' a1, b2;\nc3  a1 ,, ')).toEqual(['a1', 'b2', 'c3']);
    expect(parseAccountIds('   ')).toEqual([]);
  });
  it('keeps the ticked units in the order of the list', () => {
    expect(tickedUnits(['u1', 'u2', 'u3'], new Set(['u3', 'u1']))).toEqual(['u1', 'u3']);
  });
});
