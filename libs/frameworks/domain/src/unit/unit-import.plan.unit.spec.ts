import { unitDecider } from './unit.decider';
import { planUnitImport, type UnitImportRow } from './unit-import.plan';
import type { UnitState } from './unit.types';

const empty = unitDecider.initialState();
const apply = (state: UnitState, rows: UnitImportRow[]) => {
  const plan = planUnitImport(rows, state);
  expect(plan.problems).toEqual([]);
  return unitDecider.decide({ type: 'ApplyUnitChanges', changes: plan.changes }, state).reduce(unitDecider.evolve, state);
};
const old: UnitImportRow[] = [
  { row: 2, code: '01843', name: 'UBND xã Quang Thuận', kind: 'Xã', validTo: '30/06/2025' },
  { row: 3, code: '01846', name: 'UBND xã Đôn Phong', kind: 'Xã', validTo: '30/06/2025' },
];
const fresh: UnitImportRow[] = [
  {
    row: 4,
    code: '01843',
    name: 'UBND xã Bạch Thông',
    kind: 'Xã',
    validFrom: '01/07/2025',
    formedFrom: '01843; 01846',
    decision: '1683/NQ-UBTVQH15',
  },
];

describe('planUnitImport', () => {
  it('registers the old communes, the new one and the merger; the same file again plans nothing', () => {
    const s = apply(empty, [...old, ...fresh]);
    expect(Object.keys(s.units).sort()).toEqual(['01843', '01843-20250701', '01846']);
    expect(s.lineage).toEqual([
      {
        type: 'UnitsMerged',
        data: {
          predecessorIds: ['01843', '01846'],
          successorId: '01843-20250701',
          effectiveDate: '2025-07-01',
          decision: { number: '1683/NQ-UBTVQH15', date: null },
        },
      },
    ]);
    const again = planUnitImport([...old, ...fresh], s);
    expect(again).toEqual({ changes: [], problems: [], unchanged: 3 });
  });

  it('reports every bad row with its column and imports nothing', () => {
    const plan = planUnitImport(
      [
        { row: 2, sheet: 'Đơn vị', code: '123', name: 'UBND xã A', kind: 'Xã' },
        { row: 3, sheet: 'Đơn vị', code: '01111', name: '', kind: 'Thôn', validFrom: '31/02/2025' },
        { row: 4, sheet: 'Đơn vị', code: '02222', name: 'UBND xã B', kind: 'Xã', parentCode: '999' },
        { row: 5, sheet: 'Đơn vị', code: '03333', name: 'UBND xã C', kind: 'Xã', validFrom: '2025-07-01', formedFrom: '04444' },
      ],
      empty,
    );
    expect(plan.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Tên đơn vị', 'REQUIRED_CELL'],
      [3, 'Loại', 'UNKNOWN_UNIT_TYPE'],
      [3, 'Hiệu lực từ', 'INVALID_DATE'],
      [5, 'Căn cứ', 'DECISION_REQUIRED'],
      [4, 'Mã đơn vị cấp trên', 'UNKNOWN_PARENT_UNIT'],
      [2, 'Mã đơn vị', 'INVALID_UNIT_CODE'],
    ]);
    expect(plan.problems[0]).toMatchObject({ sheet: 'Đơn vị', messageVi: 'Thiếu "Tên đơn vị".' });
  });

  it('reports a duplicate code in the file (on both rows) and an unknown predecessor', () => {
    const plan = planUnitImport(
      [
        { row: 2, code: '01111', name: 'UBND xã A', kind: 'Xã' },
        { row: 3, code: '01111', name: 'UBND xã A2', kind: 'Xã' },
        { row: 4, code: '03333', name: 'UBND xã C', kind: 'Xã', validFrom: '2025-07-01', formedFrom: '04444', decision: 'NQ 1' },
      ],
      empty,
    );
    expect(plan.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'DUPLICATE_UNIT_CODE'],
      [4, 'UNKNOWN_PREDECESSOR'],
      [2, 'DUPLICATE_UNIT_CODE'],
    ]);
  });
});
