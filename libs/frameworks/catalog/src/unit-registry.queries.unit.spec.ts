import { comparisonLineage, lineageEnds, lineageOf, nameAsOf, type LineageRow } from './unit-registry.queries';

const decision = { number: '1683/NQ-UBTVQH15', date: '2025-06-16' };
const row = (kind: LineageRow['kind'], p: string, s: string, effectiveDate: string, extra: Partial<LineageRow> = {}): LineageRow => ({
  kind,
  effectiveDate,
  predecessorId: p,
  successorId: s,
  share: null,
  decision,
  previousName: null,
  name: null,
  ...extra,
});
const lineage = [
  row('merged', 'x1', 'a', '2020-01-01'),
  row('merged', 'a', 'ab', '2025-07-01'),
  row('merged', 'b', 'ab', '2025-07-01'),
  row('renamed', 'ab', 'ab', '2026-01-01', { previousName: 'UBND xã AB', name: 'UBND xã Mới' }),
];

describe('unit registry queries (pure)', () => {
  it('finds predecessors transitively, nearest first, and successors', () => {
    expect(lineageOf(lineage, 'ab', 'predecessors').map((l) => [l.unitId, l.depth, l.kind, l.effectiveDate])).toEqual([
      ['a', 1, 'merged', '2025-07-01'],
      ['b', 1, 'merged', '2025-07-01'],
      ['x1', 2, 'merged', '2020-01-01'],
    ]);
    expect(lineageOf(lineage, 'x1', 'successors').map((l) => l.unitId)).toEqual(['a', 'ab']);
  });
  it('ends predecessors the day before the change; renaming ends nothing', () => {
    expect(Object.fromEntries(lineageEnds(lineage))).toEqual({ x1: '2019-12-31', a: '2025-06-30', b: '2025-06-30' });
  });
  it('names a unit as of a date', () => {
    expect(nameAsOf('UBND xã AB', 'ab', lineage, '2025-07-01')).toBe('UBND xã AB');
    expect(nameAsOf('UBND xã AB', 'ab', lineage, '2026-03-01')).toBe('UBND xã Mới');
    expect(nameAsOf('UBND xã AB', 'ab', lineage, null)).toBe('UBND xã Mới');
  });
  it('groups lineage into the comparison events of the scoring engine', () => {
    expect(comparisonLineage(lineage)).toEqual([
      { kind: 'merged', from: ['x1'], to: ['a'], effective: '2020-01-01' },
      { kind: 'merged', from: ['a', 'b'], to: ['ab'], effective: '2025-07-01' },
      { kind: 'renamed', from: ['ab'], to: ['ab'], effective: '2026-01-01' },
    ]);
  });
});
