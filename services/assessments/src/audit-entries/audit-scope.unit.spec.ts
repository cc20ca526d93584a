import type { Actor, ProvinceId, RequestContext } from '@par/kernel';
import { authorizeAuditScope, scopeFilter, type AuditScope } from './audit-scope';

const ctx = (actor: Actor): RequestContext => ({ province: 'bac-kan' as ProvinceId, actor, correlationId: 'c' });
const officer = ctx({ id: 'o1', roles: ['unit_officer'], unitId: 'u1' });
const appraiser = ctx({ id: 'a', roles: ['appraiser'] });
const auditor = ctx({ id: 'k', roles: ['auditor'] });
const scope = (s: Partial<AuditScope>): AuditScope => ({ cycleId: '2025', unitId: null, code: null, actorId: null, ...s });

describe('audit scope', () => {
  it('lets an officer read only their own unit, appraisers the cycle, only auditors (and the DHA) a user', () => {
    expect(() => authorizeAuditScope(officer, scope({ unitId: 'u1' }))).not.toThrow();
    expect(() => authorizeAuditScope(officer, scope({ unitId: 'u2' }))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeAuditScope(officer, scope({}))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeAuditScope(appraiser, scope({}))).not.toThrow();
    expect(() => authorizeAuditScope(appraiser, scope({ actorId: 'o1', unitId: 'u1' }))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => authorizeAuditScope(auditor, scope({ actorId: 'o1' }))).not.toThrow();
  });

  it('filters one stream, or the cycle by prefix, a criterion with its sub-criteria, a user; province first', () => {
    expect(scopeFilter(officer, scope({ unitId: 'u1', code: '1.1' }))).toEqual({
      streamId: 'assessment:bac-kan:2025:u1',
      dataField: { name: 'subCriterionCode', values: ['1.1'], prefixes: ['1.1.'] },
    });
    expect(scopeFilter(auditor, scope({ actorId: 'o1' }))).toEqual({ streamIdPrefix: 'assessment:bac-kan:2025:', actorId: 'o1' });
    expect(() => scopeFilter(auditor, scope({ code: ' ' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => scopeFilter(auditor, scope({ actorId: 'x'.repeat(201) }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
