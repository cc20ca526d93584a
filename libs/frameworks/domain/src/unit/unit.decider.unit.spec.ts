import { deciderSpec } from '@par/kernel/testing';
import { unitDecider, type RegisterUnit, type UnitEvent } from './unit.decider';

const given = deciderSpec(unitDecider);
const data = { unitId: 'u1', name: 'UBND huyện Ba Bể', unitType: 'district', parentUnitId: null };
const register = (overrides: Partial<RegisterUnit['data']> = {}): RegisterUnit => ({
  type: 'RegisterUnit',
  data: { ...data, ...overrides },
});
const registered: UnitEvent = { type: 'UnitRegistered', data };

describe('unit decider', () => {
  it('registers a new unit', () => given([]).when(register()).then([registered]));
  it('rejects registering the same unit twice', () =>
    given([registered]).when(register()).thenThrows({ code: 'UNIT_EXISTS', messageVi: 'Đơn vị "u1" đã được đăng ký.' }));
  it('requires a name', () =>
    given([])
      .when(register({ name: '   ' }))
      .thenThrows({ code: 'NAME_REQUIRED' }));
  it('rejects an invalid unit id', () =>
    given([])
      .when(register({ unitId: 'đơn vị 1' }))
      .thenThrows({ code: 'INVALID_ID' }));
});
