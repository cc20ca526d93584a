import type { Framework, NodeMethod, Problem } from '../framework.types';
import { checkAdjustments, checkBands } from './classification-checks';
import { checkDepartments } from './code-checks';
import { checkComponent } from './component-checks';
import { checkDeclaredFrameworkCounts } from './count-checks';
import { checkSchemaVersion } from './version-checks';
import { arr, frameworkCheck, problem, same, sumMismatch, type FrameworkCheck, type StructureCount } from './framework-check';

/**
 * The rules JSON Schema cannot express: unique codes and departments, maxima that add up, rule bounds, declared
 * structure counts, the period, classification bands and adjustment rules. Problems are appended in document order.
 */
export function semanticChecks(fw: Framework, problems: Problem[]): void {
  const check = frameworkCheck(fw, problems);
  checkDepartments(check);
  const totals: StructureCount = { criteria: 0, subCriteria: 0, surveySubCriteria: 0 };
  let componentSum = 0;
  arr(fw.components).forEach((c, ci) => {
    componentSum += c.max ?? 0;
    const counts = checkComponent(check, c, ci);
    totals.criteria += counts.criteria;
    totals.subCriteria += counts.subCriteria;
    totals.surveySubCriteria += counts.surveySubCriteria;
  });
  checkFrameworkMaxima(check, componentSum);
  checkDeclaredFrameworkCounts(check, totals);
  checkPeriod(check);
  checkBands(check);
  checkAdjustments(check);
  checkSchemaVersion(check);
}

/** The framework's total max and max per method against the sums over its components. */
function checkFrameworkMaxima(check: FrameworkCheck, componentSum: number): void {
  const fw = check.fw;
  if (typeof fw.totalMax === 'number' && !same(check, componentSum, fw.totalMax))
    sumMismatch(check, '/totalMax', 'Bộ tiêu chí', fw.totalMax, componentSum, 'các lĩnh vực');
  for (const [m, v] of Object.entries(fw.maxByMethod ?? {}) as [NodeMethod, number][]) {
    const sum = check.maxByMethod[m] ?? 0;
    if (!same(check, v, sum)) sumMismatch(check, `/maxByMethod/${m}`, `Bộ tiêu chí (${m})`, v, sum, `các tiêu chí đo bằng ${m}`);
  }
}

function checkPeriod(check: FrameworkCheck): void {
  const fw = check.fw;
  if (fw.period && fw.period.from > fw.period.to)
    check.problems.push(
      problem('/period', 'PERIOD_INVALID', 'Giai đoạn áp dụng không hợp lệ (năm bắt đầu sau năm kết thúc).', 'period.from > period.to'),
    );
  if (fw.year !== undefined && fw.period && (fw.year < fw.period.from || fw.year > fw.period.to))
    check.problems.push(problem('/year', 'YEAR_OUTSIDE_PERIOD', `Năm ${fw.year} nằm ngoài giai đoạn áp dụng.`, 'year outside period'));
}
