import { isEmpty, leaks } from './leaks';

const B = { markers: /Hà Quảng|CB-SECRET/, ids: /cb-u\d/ };
const reply = (data: unknown, errors?: unknown[]) => ({
  text: JSON.stringify({ data, ...(errors && { errors }) }),
  body: { data: data as Record<string, unknown> | null, ...(errors && { errors: errors as never }) },
});
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe("the security suite's leak detector", () => {
  it('sees a marker anywhere in the body, and in a base64 file', () => {
    expect(leaks(reply({ unit: { id: 'u1', name: 'UBND huyện Hà Quảng' } }), B)).toBe(true);
    expect(leaks(reply(null, [{ message: 'CB-SECRET ghi chú' }]), B)).toBe(true);
    expect(leaks(reply({ auditExport: { events: 1, contentBase64: b64('{"note":"CB-SECRET"}') } }), B)).toBe(true);
  });

  it("sees the other province's ids in data, but not in echoed fields or in a file echoing the request", () => {
    expect(leaks(reply({ units: [{ id: 'u1' }, { id: 'x', parentUnitId: 'cb-u2' }] }), B)).toBe(true);
    expect(leaks(reply({ assessment: { cycleId: 'c', unitId: 'cb-u1', version: 0 } }), B)).toBe(false);
    expect(leaks(reply({ auditExport: { events: 0, contentBase64: b64('{"unitId":"cb-u1","events":[]}') } }), B)).toBe(false);
    expect(leaks(reply({ unit: null }, [{ message: 'x', extensions: { meta: { unitId: 'cb-u1' } } }]), B)).toBe(false);
  });

  it('calls empty only echoes, nulls, zeros, flags and empty lists', () => {
    expect(isEmpty({ a: null, b: [], c: { version: 0, ok: true, unitId: 'cb-u1' }, d: [{ id: 'cb-u1', rank: null }] })).toBe(true);
    expect(isEmpty({ verifyAuditTrail: { ok: true, checked: 3 } })).toBe(false);
    expect(isEmpty({ units: [{ id: 'u1', name: 'UBND' }] })).toBe(false);
    expect(isEmpty({ auditExport: { events: 0, size: 324, contentBase64: 'e30=' } })).toBe(true);
  });
});
