import type { Framework, NodeMethod } from '../framework/framework.types';
import type { FrameworkSummarySection } from './report.types';
import { componentOf, EPS, METHOD_VI, readFigure, unknownComponent, type Reconciliation } from './reconciliation';

/** The report's description of the framework (maxima, counts of criteria) against the framework itself. */
export function checkFrameworkSummary(r: Reconciliation, s: FrameworkSummarySection, fw: Framework): number {
  let n = 0;
  const compare = (place: string, what: string, expected: number | undefined, actual: number | undefined, unit = '') => {
    if (expected === undefined || actual === undefined) return;
    n++;
    if (Math.abs(expected - actual) > EPS)
      r.contradictions.push({
        code: unit ? 'COUNT_MISMATCH' : 'MAX_MISMATCH',
        place,
        expected,
        actual,
        size: Math.abs(expected - actual),
        message: `${what}: báo cáo ghi ${actual}${unit}, bộ tiêu chí là ${expected}${unit}.`,
        detail: `${what}: report says ${actual}, framework ${expected}`,
      });
  };
  compare(`${s.id}/totalMax`, 'Điểm tối đa', fw.totalMax, readFigure(r, s.totalMax, `${s.id}/totalMax`)?.value);
  for (const [m, v] of Object.entries(s.maxByMethod ?? {}))
    compare(
      `${s.id}/maxByMethod/${m}`,
      `Điểm tối đa phần ${METHOD_VI[m] ?? m}`,
      fw.maxByMethod?.[m as NodeMethod],
      readFigure(r, v, `${s.id}/maxByMethod/${m}`)?.value,
    );
  const dc = fw.declaredCounts ?? {};
  compare(`${s.id}/counts/components`, 'Số lĩnh vực', fw.components.length, s.counts?.components, ' lĩnh vực');
  compare(`${s.id}/counts/criteria`, 'Số tiêu chí', dc.criteria, s.counts?.criteria, ' TC');
  compare(`${s.id}/counts/subCriteria`, 'Số tiêu chí thành phần', dc.subCriteria, s.counts?.subCriteria, ' TCTP');
  compare(`${s.id}/counts/surveySubCriteria`, 'Số TCTP điều tra XHH', dc.surveySubCriteria, s.counts?.surveySubCriteria, ' TCTP');
  for (const c of s.components ?? []) {
    const fc = componentOf(fw, c.code);
    if (!fc) {
      unknownComponent(r, `${s.id}/components/${c.code}`, c.code, fw);
      continue;
    }
    const cc = fc.declaredCounts ?? {};
    const cp = `${s.id}/components/${c.code}`;
    compare(`${cp}/criteria`, `Lĩnh vực ${c.code}: số TC`, cc.criteria, c.criteria, ' TC');
    compare(`${cp}/subCriteria`, `Lĩnh vực ${c.code}: số TCTP`, cc.subCriteria, c.subCriteria, ' TCTP');
    compare(`${cp}/surveySubCriteria`, `Lĩnh vực ${c.code}: số TCTP điều tra XHH`, cc.surveySubCriteria, c.surveySubCriteria, ' TCTP');
  }
  return n;
}
