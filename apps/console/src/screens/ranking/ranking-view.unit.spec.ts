import { officialHeading, rankingViews, versionLabel } from './ranking-view';

const published = {
  version: 1,
  kind: 'PUBLISHED',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2024-05-07',
  signer: 'Nguyễn Văn A',
  reason: null,
};

describe('ranking view', () => {
  it('offers the provisional ranking to the DHA and appraisers only', () => {
    expect(rankingViews(['dha_admin'])).toEqual(['provisional', 'official']);
    expect(rankingViews(['appraiser'])).toEqual(['provisional', 'official']);
    expect(rankingViews(['auditor', 'integrator'])).toEqual(['official']);
  });
  it('names the decision of an official version in Vietnamese, with the date as dd/mm/yyyy', () => {
    expect(officialHeading(published)).toBe('Chính thức — Quyết định số 12/QĐ-UBND ngày 07/05/2024');
    expect(officialHeading({ ...published, version: 2, kind: 'CORRECTED', decisionNumber: '20/QĐ-UBND' })).toBe(
      'Chính thức — Quyết định số 20/QĐ-UBND ngày 07/05/2024 (điều chỉnh, phiên bản 2)',
    );
    expect(versionLabel(published)).toBe('Phiên bản 1: công bố theo Quyết định số 12/QĐ-UBND ngày 07/05/2024');
  });
});
