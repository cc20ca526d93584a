import type { Actor } from '@par/kernel';
import { isAllowed } from './policy';
import { REOPEN_SELF_ASSESSMENT, SUBMIT_SELF_ASSESSMENT } from './policies';

const officerOfU1: Actor = { id: 'o1', roles: ['unit_officer'], unitId: 'u1' };
const appraiser: Actor = { id: 'a', roles: ['appraiser'] };
const admin: Actor = { id: 'd', roles: ['dha_admin'] };

describe('self-assessment submission policies', () => {
  it("lets a unit submit its own self-assessment, the DHA any unit's, nobody else", () => {
    expect(isAllowed(officerOfU1, SUBMIT_SELF_ASSESSMENT, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, SUBMIT_SELF_ASSESSMENT, { unitId: 'u2' })).toBe(false);
    expect(isAllowed(admin, SUBMIT_SELF_ASSESSMENT, { unitId: 'u2' })).toBe(true);
    expect(isAllowed(appraiser, SUBMIT_SELF_ASSESSMENT, { unitId: 'u1' })).toBe(false);
  });
  it('lets only the DHA reopen a submission, not the unit itself', () => {
    expect(isAllowed(admin, REOPEN_SELF_ASSESSMENT, { unitId: 'u1' })).toBe(true);
    expect(isAllowed(officerOfU1, REOPEN_SELF_ASSESSMENT, { unitId: 'u1' })).toBe(false);
    expect(isAllowed(appraiser, REOPEN_SELF_ASSESSMENT, { unitId: 'u1' })).toBe(false);
  });
});
