import type { Actor, ProvinceId, RequestContext } from '@par/kernel';
import { assertAllowed, isAllowed, isOwnUnit } from './policy';
import {
  MARK_NOT_APPLICABLE,
  READ_CYCLE_AUDIT,
  READ_UNIT_RESULTS,
  READ_USER_HISTORY,
  PUBLISH_RANKING,
  READ_OFFICIAL_RANKING,
  READ_PROVISIONAL_RANKING,
  RECORD_APPRAISED_SCORE,
  RECORD_SELF_SCORE,
  VERIFY_AUDIT_TRAIL,
  ASSIGN_APPRAISERS,
  DECIDE_EXPLANATION,
  FINALIZE_APPRAISAL,
  READ_APPRAISAL_ASSIGNMENTS,
  READ_APPRAISAL_QUEUE,
  READ_CYCLE_DASHBOARD,
  REOPEN_APPRAISAL,
  SUBMIT_EXPLANATION,
} from './policies';

const officerOfU1: Actor = { id: 'o1', roles: ['unit_officer'], unitId: 'u1' };
const officerWithoutUnit: Actor = { id: 'o0', roles: ['unit_officer'] };
const appraiser: Actor = { id: 'a', roles: ['appraiser'] };
const admin: Actor = { id: 'd', roles: ['dha_admin'] };
const integrator: Actor = { id: 'i', roles: ['integrator'], unitId: 'u1' };
const ctx = (actor: Actor): RequestContext => ({ province: 'bac-kan' as ProvinceId, actor, correlationId: 'c' });

describe('own unit', () => {
  it('is a unit officer acting for the unit named in their token', () => {
    expect(isOwnUnit(officerOfU1, 'u1')).toBe(true);
    expect(isOwnUnit(officerOfU1, 'u2')).toBe(false);
    expect(isOwnUnit(officerWithoutUnit, 'u1')).toBe(false);
    // a unit id on a token without the unit_officer role is not a relation
    expect(isOwnUnit(integrator, 'u1')).toBe(false);
  });
});

describe('policies', () => {
  it('lets a unit self-score itself only; the DHA may for any unit', () => {
    expect(isAllowed(officerOfU1, RECORD_SELF_SCORE, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, RECORD_SELF_SCORE, { unitId: 'u2' })).toBe(false);
    expect(isAllowed(admin, RECORD_SELF_SCORE, { unitId: 'u2' })).toBe(true);
    expect(isAllowed(appraiser, RECORD_SELF_SCORE, { unitId: 'u1' })).toBe(false);
  });
  it("lets auditors, appraisers, the DHA and the unit itself read a unit's results", () => {
    expect(isAllowed(appraiser, READ_UNIT_RESULTS, { unitId: 'u2' })).toBe(true);
    expect(isAllowed(officerOfU1, READ_UNIT_RESULTS, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, READ_UNIT_RESULTS, { unitId: 'u2' })).toBe(false);
    expect(isAllowed(integrator, READ_UNIT_RESULTS, { unitId: 'u1' })).toBe(false);
  });
  it('grants role-only policies by role, whatever the unit', () => {
    expect(isAllowed(appraiser, RECORD_APPRAISED_SCORE, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, RECORD_APPRAISED_SCORE, { unitId: 'u1' })).toBe(false);
    expect(isAllowed(admin, VERIFY_AUDIT_TRAIL)).toBe(true);
  });
  it('lets auditors, appraisers and the DHA verify the chain and read a whole cycle; per user only auditors and the DHA', () => {
    const auditor: Actor = { id: 'k', roles: ['auditor'] };
    for (const a of [auditor, appraiser, admin]) {
      expect(isAllowed(a, VERIFY_AUDIT_TRAIL)).toBe(true);
      expect(isAllowed(a, READ_CYCLE_AUDIT)).toBe(true);
    }
    expect(isAllowed(auditor, READ_USER_HISTORY)).toBe(true);
    expect(isAllowed(admin, READ_USER_HISTORY)).toBe(true);
    expect(isAllowed(appraiser, READ_USER_HISTORY)).toBe(false);
    for (const a of [officerOfU1, integrator]) {
      expect(isAllowed(a, VERIFY_AUDIT_TRAIL)).toBe(false);
      expect(isAllowed(a, READ_CYCLE_AUDIT)).toBe(false);
      expect(isAllowed(a, READ_USER_HISTORY)).toBe(false);
    }
  });
  it('lets appraisers and the DHA, not the unit itself, declare a criterion not applicable', () => {
    expect(isAllowed(appraiser, MARK_NOT_APPLICABLE, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(admin, MARK_NOT_APPLICABLE, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, MARK_NOT_APPLICABLE, { unitId: 'u1' })).toBe(false);
    expect(isAllowed(integrator, MARK_NOT_APPLICABLE, { unitId: 'u1' })).toBe(false);
  });
  it('refuses with FORBIDDEN, a Vietnamese message and a detail naming who asked for what', () => {
    expect(() => assertAllowed(ctx(officerOfU1), RECORD_SELF_SCORE, { unitId: 'u2' })).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        messageVi: 'Chỉ cán bộ của chính đơn vị mới được tự chấm điểm cho đơn vị.',
        detail:
          'To record a self score requires role dha_admin or relation own-unit to the unit; actor has roles [unit_officer], unit u1, target unit u2',
      }),
    );
    expect(() => assertAllowed(ctx(integrator), VERIFY_AUDIT_TRAIL)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', messageVi: 'Bạn không có quyền thực hiện thao tác này.' }),
    );
    expect(() => assertAllowed(ctx(officerOfU1), RECORD_SELF_SCORE, { unitId: 'u1' })).not.toThrow();
  });
});

describe('ranking policies', () => {
  const auditor: Actor = { id: 'au', roles: ['auditor'] };
  const ministry: Actor = { id: 'm', roles: ['ministry'] };
  it('shows the provisional ranking to the DHA and appraisers for every unit, to an officer for their own unit only', () => {
    expect(isAllowed(admin, READ_PROVISIONAL_RANKING)).toBe(true);
    expect(isAllowed(appraiser, READ_PROVISIONAL_RANKING, { unitId: 'u2' })).toBe(true);
    expect(isAllowed(officerOfU1, READ_PROVISIONAL_RANKING)).toBe(false);
    expect(isAllowed(officerOfU1, READ_PROVISIONAL_RANKING, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, READ_PROVISIONAL_RANKING, { unitId: 'u2' })).toBe(false);
    for (const other of [integrator, auditor, ministry]) {
      expect(isAllowed(other, READ_PROVISIONAL_RANKING)).toBe(false);
      expect(isAllowed(other, READ_PROVISIONAL_RANKING, { unitId: 'u1' })).toBe(false);
    }
  });
  it('shows official rankings to every role, including the ministry', () => {
    for (const a of [admin, appraiser, officerOfU1, integrator, auditor, ministry]) expect(isAllowed(a, READ_OFFICIAL_RANKING)).toBe(true);
  });
  it('lets only the DHA publish or correct a ranking', () => {
    expect(isAllowed(admin, PUBLISH_RANKING)).toBe(true);
    for (const a of [appraiser, officerOfU1, integrator, auditor, ministry]) expect(isAllowed(a, PUBLISH_RANKING)).toBe(false);
    expect(() => assertAllowed(ctx(appraiser), PUBLISH_RANKING)).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        messageVi: 'Chỉ Sở Nội vụ mới được công bố hoặc điều chỉnh kết quả xếp hạng theo quyết định.',
      }),
    );
  });
});

describe('appraisal round policies', () => {
  const auditor: Actor = { id: 'au', roles: ['auditor'] };
  it('lets only the DHA assign appraisers, reopen an appraisal and read the cycle dashboard', () => {
    for (const policy of [ASSIGN_APPRAISERS, REOPEN_APPRAISAL, READ_CYCLE_DASHBOARD]) {
      expect(isAllowed(admin, policy, { unitId: 'u1' })).toBe(true);
      expect(isAllowed(appraiser, policy, { unitId: 'u1' })).toBe(false);
      expect(isAllowed(officerOfU1, policy, { unitId: 'u1' })).toBe(false);
      expect(isAllowed(auditor, policy, { unitId: 'u1' })).toBe(false);
    }
  });
  it('lets the DHA, appraisers and auditors read who appraises which unit', () => {
    expect(isAllowed(admin, READ_APPRAISAL_ASSIGNMENTS)).toBe(true);
    expect(isAllowed(appraiser, READ_APPRAISAL_ASSIGNMENTS)).toBe(true);
    expect(isAllowed(auditor, READ_APPRAISAL_ASSIGNMENTS)).toBe(true);
    expect(isAllowed(officerOfU1, READ_APPRAISAL_ASSIGNMENTS)).toBe(false);
    expect(isAllowed(integrator, READ_APPRAISAL_ASSIGNMENTS)).toBe(false);
  });
  it("lets only the unit's own officer explain its result (not the DHA, not another unit)", () => {
    expect(isAllowed(officerOfU1, SUBMIT_EXPLANATION, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, SUBMIT_EXPLANATION, { unitId: 'u2' })).toBe(false);
    expect(isAllowed(admin, SUBMIT_EXPLANATION, { unitId: 'u1' })).toBe(false);
    expect(isAllowed(appraiser, SUBMIT_EXPLANATION, { unitId: 'u1' })).toBe(false);
    expect(() => assertAllowed(ctx(officerOfU1), SUBMIT_EXPLANATION, { unitId: 'u2' })).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        messageVi: 'Chỉ cán bộ của chính đơn vị mới được giải trình kết quả thẩm định của đơn vị.',
      }),
    );
  });
  it('lets appraisers decide explanations, finalize and read their queue (assignment is checked by the decision)', () => {
    for (const policy of [DECIDE_EXPLANATION, FINALIZE_APPRAISAL, READ_APPRAISAL_QUEUE]) {
      expect(isAllowed(appraiser, policy, { unitId: 'u1' })).toBe(true);
      expect(isAllowed(officerOfU1, policy, { unitId: 'u1' })).toBe(false);
      expect(isAllowed(auditor, policy, { unitId: 'u1' })).toBe(false);
    }
  });
});
