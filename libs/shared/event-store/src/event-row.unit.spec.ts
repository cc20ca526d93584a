import { COLUMN_INDEX, COLUMNS, rowOf, SELECTED_COLUMNS } from './event-row';

describe('event row layout', () => {
  it('reads every array position as the column selected there', () => {
    const row = rowOf(SELECTED_COLUMNS);
    for (const [name, value] of Object.entries(row)) expect(value).toBe(name);
    expect(Object.keys(row)).toEqual([...SELECTED_COLUMNS]);
  });

  it('selects the columns in that order', () => {
    const aliases = COLUMNS.split(/,(?![^(]*\))/).map((c) => /(\w+)\s*$/.exec(c.trim())![1]);
    expect(aliases).toEqual([...SELECTED_COLUMNS]);
    expect(COLUMN_INDEX.transaction_id).toBe(4);
  });
});
