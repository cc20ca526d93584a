import { deciderSpec } from '@par/kernel/testing';
import { unitDecider } from './unit.decider';
import type { RegisterUnit, UnitEvent } from './unit.types';

const given = deciderSpec(unitDecider);
const register = (data: Partial<RegisterUnit['data']> & { unitId: string }): RegisterUnit => ({
  type: 'RegisterUnit',
  data: { name: `UBND ${data.unitId}`, parentUnitId: null, ...data },
});
const registered = (
  unitId: string,
  extra: Partial<Extract<UnitEvent, { type: 'UnitRegistered' }>['data']> = {},
): Extract<UnitEvent, { type: 'UnitRegistered' }> => ({
  type: 'UnitRegistered',
  data: {
    unitId,
    name: `UBND ${unitId}`,
    unitType: 'commune',
    parentUnitId: null,
    code: null,
    kind: 'COMMUNE',
    validFrom: null,
    validTo: null,
    ...extra,
  },
});
const decision = { number: '1683/NQ-UBTVQH15', date: '2025-06-16' };
const oldA = registered('a', { code: '01843', validTo: null });
const oldB = registered('b', { code: '01846' });
const merged = registered('ab', { code: '01843', validFrom: '2025-07-01' });

describe('unit registry: registering', () => {
  it('registers a unit registered the old way (level only, no code, no dates)', () =>
    given([])
      .when(register({ unitId: 'u1', name: 'UBND huyện Ba Bể', unitType: 'district' }))
      .then([registered('u1', { name: 'UBND huyện Ba Bể', unitType: 'district', kind: 'DISTRICT' })]));
  it('registers a ward with its official code and dates; its level is commune', () =>
    given([])
      .when(register({ unitId: 'w', kind: 'WARD', code: '01234', validFrom: '2025-07-01' }))
      .then([registered('w', { kind: 'WARD', code: '01234', validFrom: '2025-07-01' })]));
  it('rejects the same unit twice', () =>
    given([registered('u1')])
      .when(register({ unitId: 'u1', kind: 'COMMUNE' }))
      .thenThrows({ code: 'UNIT_EXISTS', messageVi: 'Đơn vị "u1" đã được đăng ký.' }));
  it('requires a name', () =>
    given([])
      .when(register({ unitId: 'u1', kind: 'COMMUNE', name: '  ' }))
      .thenThrows({ code: 'NAME_REQUIRED' }));
  it('rejects an invalid unit id', () =>
    given([])
      .when(register({ unitId: 'đơn vị 1', kind: 'COMMUNE' }))
      .thenThrows({ code: 'INVALID_ID' }));
  it('refuses an unknown parent (it used to be accepted)', () =>
    given([])
      .when(register({ unitId: 'x', kind: 'COMMUNE', parentUnitId: 'nowhere' }))
      .thenThrows({ code: 'UNKNOWN_PARENT_UNIT', messageVi: 'Không tìm thấy đơn vị cấp trên "nowhere" trong danh mục.' }));
  it('accepts a known parent', () =>
    given([registered('d', { kind: 'DISTRICT', unitType: 'district' })])
      .when(register({ unitId: 'x', kind: 'COMMUNE', parentUnitId: 'd' }))
      .then([registered('x', { parentUnitId: 'd' })]));
  it('refuses an unknown kind', () =>
    given([])
      .when(register({ unitId: 'x', unitType: 'village' }))
      .thenThrows({ code: 'UNKNOWN_UNIT_TYPE' }));
  it('refuses a commune code that is not five digits', () =>
    given([])
      .when(register({ unitId: 'x', kind: 'COMMUNE', code: '1234' }))
      .thenThrows({ code: 'INVALID_UNIT_CODE' }));
  it('refuses dates out of order and impossible dates', () => {
    given([])
      .when(register({ unitId: 'x', kind: 'COMMUNE', validFrom: '2025-07-01', validTo: '2025-06-30' }))
      .thenThrows({ code: 'INVALID_VALIDITY' });
    given([])
      .when(register({ unitId: 'x', kind: 'COMMUNE', validFrom: '2025-02-30' }))
      .thenThrows({ code: 'INVALID_DATE' });
  });
  it('refuses a code already used by a unit valid on the same days', () =>
    given([oldA])
      .when(register({ unitId: 'x', kind: 'COMMUNE', code: '01843', validFrom: '2025-07-01' }))
      .thenThrows({ code: 'DUPLICATE_UNIT_CODE' }));
  it('accepts a reused code when the validity periods do not meet', () =>
    given([registered('a', { code: '01843', validTo: '2025-06-30' })])
      .when(register({ unitId: 'x', kind: 'COMMUNE', code: '01843', validFrom: '2025-07-01' }))
      .then([registered('x', { code: '01843', validFrom: '2025-07-01' })]));
});

describe('unit registry: lineage', () => {
  const merge = {
    type: 'MergeUnits' as const,
    data: { predecessorIds: ['a', 'b'], successorId: 'ab', effectiveDate: '2025-07-01', decision },
  };
  it('merges two communes into a new one that takes one of their codes (in one decision)', () =>
    given([oldA, oldB])
      .when({
        type: 'ApplyUnitChanges',
        changes: [register({ unitId: 'ab', kind: 'COMMUNE', code: '01843', validFrom: '2025-07-01' }), merge],
      })
      .then([merged, { type: 'UnitsMerged', data: merge.data }]));
  it('records the same merger once (idempotent)', () =>
    given([oldA, oldB, merged, { type: 'UnitsMerged', data: merge.data }])
      .when(merge)
      .then([]));
  it('refuses a predecessor that is not valid the day before', () =>
    given([registered('a', { validTo: '2024-12-31' }), oldB, merged])
      .when(merge)
      .thenThrows({ code: 'UNIT_NOT_VALID_ON', detail: 'Unit a (valid … to 2024-12-31) is not valid on 2025-06-30' }));
  it('refuses an unknown predecessor and a successor not yet valid', () => {
    given([oldA, merged]).when(merge).thenThrows({ code: 'UNKNOWN_UNIT' });
    given([oldA, oldB, registered('ab', { validFrom: '2025-08-01' })])
      .when(merge)
      .thenThrows({ code: 'UNIT_NOT_VALID_ON' });
  });
  it('requires the decision number and a real effective date', () => {
    given([oldA, oldB, merged])
      .when({ ...merge, data: { ...merge.data, decision: { number: ' ', date: null } } })
      .thenThrows({ code: 'DECISION_REQUIRED' });
    given([oldA, oldB, merged])
      .when({ ...merge, data: { ...merge.data, effectiveDate: '2025-13-01' } })
      .thenThrows({ code: 'INVALID_DATE' });
  });
  it('splits one unit into several with shares, and refuses shares over 100%', () => {
    const s1 = registered('s1', { validFrom: '2025-07-01' });
    const s2 = registered('s2', { validFrom: '2025-07-01' });
    const data = {
      predecessorId: 'a',
      successors: [
        { unitId: 's1', share: 0.6 },
        { unitId: 's2', share: null },
      ],
      effectiveDate: '2025-07-01',
      decision,
    };
    given([oldA, s1, s2])
      .when({ type: 'SplitUnit', data })
      .then([{ type: 'UnitSplit', data }]);
    const over = {
      ...data,
      successors: [
        { unitId: 's1', share: 0.6 },
        { unitId: 's2', share: 0.5 },
      ],
    };
    given([oldA, s1, s2]).when({ type: 'SplitUnit', data: over }).thenThrows({ code: 'INVALID_SHARE' });
  });
  it('renames a unit from a date, keeping the previous name; the same name again changes nothing', () => {
    const rename = { type: 'RenameUnit' as const, data: { unitId: 'a', name: 'UBND xã Mới', effectiveDate: '2026-01-01', decision } };
    const renamed: UnitEvent = { type: 'UnitRenamed', data: { ...rename.data, previousName: 'UBND a' } };
    given([oldA]).when(rename).then([renamed]);
    given([oldA, renamed]).when(rename).then([]);
  });
  it('dissolves a unit; a unit ended earlier cannot be dissolved later', () => {
    const data = { unitId: 'a', effectiveDate: '2025-07-01', decision };
    given([oldA])
      .when({ type: 'DissolveUnit', data })
      .then([{ type: 'UnitDissolved', data }]);
    given([oldA, { type: 'UnitDissolved', data }])
      .when({ type: 'DissolveUnit', data: { ...data, effectiveDate: '2026-01-01' } })
      .thenThrows({ code: 'UNIT_NOT_VALID_ON' });
  });
});
