import { canOpen, SCREENS, screensFor } from './screens';

const ids = (roles: string[]) => screensFor(roles).map((s) => s.id);

describe('navigation by role', () => {
  it('gives each role its screens, in menu order', () => {
    expect(ids(['unit_officer'])).toEqual(['home', 'selfAssessment', 'explanations']);
    expect(ids(['auditor'])).toEqual(['home', 'frameworks', 'units', 'cycles', 'ranking', 'audit']);
    expect(ids(['integrator'])).toEqual(['home', 'ranking']);
    expect(ids(['appraiser'])).toEqual(['home', 'appraisalQueue', 'appraisal', 'frameworks', 'units', 'cycles', 'ranking']);
    expect(ids(['dha_admin', 'auditor', 'appraiser'])).toEqual([
      'home',
      'selfAssessment',
      'appraisalQueue',
      'appraisal',
      'cycleDashboard',
      'frameworks',
      'units',
      'cycles',
      'ranking',
      'audit',
    ]);
  });

  it('shows nothing but the home screen to a token without PAR roles, and nothing at all without roles', () => {
    expect(ids([])).toEqual([]);
    expect(ids(['offline_access'])).toEqual([]);
  });

  it('guards a screen opened by its address as the menu does', () => {
    const audit = SCREENS.find((s) => s.id === 'audit')!;
    expect(canOpen(['unit_officer'], audit)).toBe(false);
    expect(canOpen(['auditor'], audit)).toBe(true);
  });

  it('gives every screen a distinct path and a Vietnamese label', () => {
    expect(new Set(SCREENS.map((s) => s.path)).size).toBe(SCREENS.length);
    for (const s of SCREENS) expect(s.label).toMatch(/^\p{Lu}/u);
  });
});
