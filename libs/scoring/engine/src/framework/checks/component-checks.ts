import { resolveRemainder } from '../framework-nodes';
import type { AggregateNode, Component, Criterion, NodeMethod } from '../framework.types';
import { checkCodePrefix, checkUniqueCode } from './code-checks';
import { checkDeclaredComponentCounts } from './count-checks';
import { arr, problem, same, sumMismatch, type FrameworkCheck, type StructureCount } from './framework-check';
import { checkScoringFields } from './scoring-checks';

/** What one component adds up to while its tree is walked. */
interface ComponentTally {
  childSum: number;
  byMethod: Partial<Record<NodeMethod, number>>;
  counted: StructureCount;
}

function addMethod(check: FrameworkCheck, tally: ComponentTally, m: NodeMethod | undefined, v: number): void {
  if (!m) return;
  tally.byMethod[m] = (tally.byMethod[m] ?? 0) + v;
  check.maxByMethod[m] = (check.maxByMethod[m] ?? 0) + v;
}

/**
 * One component: its criteria, sub-criteria and aggregates (codes, scoring fields), its max against the sum of its
 * children (in total and per method) and its declared counts. Returns the counts it contributes to the framework's.
 */
export function checkComponent(check: FrameworkCheck, c: Component, ci: number): StructureCount {
  const cp = `/components/${ci}`;
  checkUniqueCode(check, c.code, cp);
  const tally: ComponentTally = { childSum: 0, byMethod: {}, counted: { criteria: 0, subCriteria: 0, surveySubCriteria: 0 } };
  arr(c.criteria).forEach((cr, ri) => checkCriterion(check, tally, c, cr, `${cp}/criteria/${ri}`));
  arr(c.aggregates).forEach((ag, ai) => checkAggregate(check, tally, ag, `${cp}/aggregates/${ai}`));
  if (arr(c.criteria).length + arr(c.aggregates).length === 0)
    check.problems.push(
      problem(cp, 'EMPTY_COMPONENT', `Lĩnh vực "${c.code}" không có tiêu chí nào để chấm điểm.`, 'Component has no criteria or aggregates'),
    );
  else if (!same(check, tally.childSum, c.max))
    sumMismatch(check, `${cp}/max`, `Lĩnh vực ${c.code}`, c.max, tally.childSum, 'các tiêu chí');
  for (const [m, v] of Object.entries(c.maxByMethod ?? {}) as [NodeMethod, number][]) {
    if (!same(check, v, tally.byMethod[m] ?? 0))
      sumMismatch(check, `${cp}/maxByMethod/${m}`, `Lĩnh vực ${c.code} (${m})`, v, tally.byMethod[m] ?? 0, `các tiêu chí đo bằng ${m}`);
  }
  return checkDeclaredComponentCounts(check, c, cp, tally.counted);
}

function checkCriterion(check: FrameworkCheck, tally: ComponentTally, c: Component, cr: Criterion, rp: string): void {
  checkUniqueCode(check, cr.code, rp);
  if (typeof cr.code === 'string' && typeof c.code === 'string') checkCodePrefix(check, rp, cr.code, c.code, 'criterion');
  tally.childSum += cr.max ?? 0;
  tally.counted.criteria++;
  const subs = arr(cr.subCriteria);
  if (subs.length > 0) return checkSubCriteria(check, tally, cr, rp);
  if (cr.remainder)
    check.problems.push(
      problem(
        `${rp}/remainder`,
        'REMAINDER_WITHOUT_SUBCRITERIA',
        `Tiêu chí "${cr.code}" không liệt kê tiêu chí thành phần nào nên không có "phần còn lại"; hãy chấm điểm trực tiếp tiêu chí.`,
        'A remainder needs listed sub-criteria; score the criterion itself instead',
      ),
    );
  const missing = (['method', 'rule', 'departments'] as const).filter((k) => cr[k] === undefined);
  if (missing.length > 0)
    check.problems.push(
      problem(
        rp,
        'CRITERION_WITHOUT_SCORING',
        `Tiêu chí "${cr.code}" không có tiêu chí thành phần nên phải có: ${missing.join(', ')}.`,
        `Criterion without sub-criteria must define ${missing.join(', ')}`,
      ),
    );
  addMethod(check, tally, cr.method, cr.max ?? 0);
  checkScoringFields(check, cr, rp, false);
}

function checkSubCriteria(check: FrameworkCheck, tally: ComponentTally, cr: Criterion, rp: string): void {
  if (cr.rule || cr.method)
    check.problems.push(
      problem(
        rp,
        'CRITERION_RULE_WITH_SUBCRITERIA',
        `Tiêu chí "${cr.code}" có tiêu chí thành phần nên không được tự mang quy tắc chấm/phương pháp đo.`,
        'A criterion with sub-criteria must not carry rule/method itself',
      ),
    );
  let sum = 0;
  arr(cr.subCriteria).forEach((sc, si) => {
    const sp = `${rp}/subCriteria/${si}`;
    checkUniqueCode(check, sc.code, sp);
    if (typeof sc.code === 'string') checkCodePrefix(check, sp, sc.code, cr.code, 'subCriterion');
    sum += sc.max ?? 0;
    tally.counted.subCriteria++;
    if (sc.method === 'survey') tally.counted.surveySubCriteria++;
    addMethod(check, tally, sc.method, sc.max ?? 0);
    checkScoringFields(check, sc, sp, false);
  });
  if (cr.remainder) sum += checkRemainder(check, tally, cr, `${rp}/remainder`);
  const parts = cr.remainder ? 'các tiêu chí thành phần và phần còn lại' : 'các tiêu chí thành phần';
  if (!same(check, sum, cr.max)) sumMismatch(check, `${rp}/max`, `Tiêu chí ${cr.code}`, cr.max, sum, parts);
}

/** The part of a criterion not itemised: a scored node of its own, counting what it declares to cover. */
function checkRemainder(check: FrameworkCheck, tally: ComponentTally, cr: Criterion, path: string): number {
  const r = resolveRemainder(cr, cr.remainder!);
  checkUniqueCode(check, r.code, path);
  if (r.method === undefined)
    check.problems.push(
      problem(
        `${path}/method`,
        'REMAINDER_METHOD_REQUIRED',
        `Các tiêu chí thành phần của "${cr.code}" đo bằng nhiều phương pháp: phần còn lại phải ghi rõ phương pháp đo (method).`,
        'The listed sub-criteria do not share one method: the remainder must declare its method',
      ),
    );
  const covers = cr.remainder!.covers;
  tally.counted.subCriteria += covers?.subCriteria ?? 0;
  tally.counted.surveySubCriteria += covers?.surveySubCriteria ?? (r.method === 'survey' ? (covers?.subCriteria ?? 0) : 0);
  addMethod(check, tally, r.method, r.max ?? 0);
  checkScoringFields(check, r, path, false);
  return r.max ?? 0;
}

/** An aggregate stands for criteria not itemised: it counts what it declares to cover. */
function checkAggregate(check: FrameworkCheck, tally: ComponentTally, ag: AggregateNode, ap: string): void {
  checkUniqueCode(check, ag.code, ap);
  tally.childSum += ag.max ?? 0;
  addMethod(check, tally, ag.method, ag.max ?? 0);
  tally.counted.criteria += ag.covers?.criteria ?? 0;
  tally.counted.subCriteria += ag.covers?.subCriteria ?? 0;
  tally.counted.surveySubCriteria += ag.covers?.surveySubCriteria ?? (ag.method === 'survey' ? (ag.covers?.subCriteria ?? 0) : 0);
  checkScoringFields(check, ag, ap, true);
}
