import { decimalsOf, isMultipleOf } from '../../numbers/decimal';
import type { AggregateNode, ScoringFields, ScoringRule } from '../framework.types';
import { arr, fmt, problem, type FrameworkCheck } from './framework-check';

export type ScoredNode = (Partial<ScoringFields> & { code: string }) | AggregateNode;

/** A scored node: its max's precision, its method, its departments, and what its rule can yield. */
export function checkScoringFields(check: FrameworkCheck, n: ScoredNode, path: string, isAggregate: boolean): void {
  const d = check.decimals;
  if (n.max !== undefined && decimalsOf(n.max) > d)
    check.problems.push(
      problem(
        `${path}/max`,
        'MAX_PRECISION',
        `Điểm tối đa ${fmt(n.max)} có nhiều chữ số thập phân hơn quy định làm tròn (${d}).`,
        `Max ${n.max} has more decimals than rounding.decimals=${d}`,
      ),
    );
  if (n.method === 'mixed' && !isAggregate)
    check.problems.push(
      problem(
        `${path}/method`,
        'MIXED_METHOD_NOT_AGGREGATE',
        'Phương pháp "mixed" chỉ dùng cho nhóm điểm chưa chi tiết (aggregate).',
        'method "mixed" is only allowed on aggregates',
      ),
    );
  arr(n.departments).forEach((dc, j) => {
    if (!check.departmentCodes.has(dc))
      check.problems.push(
        problem(
          `${path}/departments/${j}`,
          'UNKNOWN_DEPARTMENT',
          `Phòng/sở "${dc}" không có trong danh sách phòng/sở của bộ tiêu chí.`,
          `Department ${dc} is not declared in framework.departments`,
        ),
      );
  });
  if (n.rule) checkRule(check, n, n.rule, path);
}

/** A rule never yields more than the node's max; a manual step divides it; "rate" only measures surveys. */
function checkRule(check: FrameworkCheck, n: ScoredNode, r: ScoringRule, path: string): void {
  const max = n.max ?? 0;
  const over = (what: string, value: number, rp: string) =>
    check.problems.push(
      problem(
        `${path}/rule${rp}`,
        'RULE_EXCEEDS_MAX',
        `Quy tắc chấm có thể cho ${fmt(value)} điểm (${what}), vượt điểm tối đa ${fmt(max)}.`,
        `Rule can yield ${value} (${what}) above max ${max}`,
      ),
    );
  switch (r.type) {
    case 'manual':
      if (r.step === undefined) break;
      if (r.step > max && max > 0) over('bước chấm', r.step, '/step');
      else if (!isMultipleOf(max, r.step))
        check.problems.push(
          problem(
            `${path}/rule/step`,
            'STEP_MISMATCH',
            `Điểm tối đa ${fmt(max)} không chia hết cho bước chấm ${fmt(r.step)}.`,
            `max ${max} is not a multiple of step ${r.step}`,
          ),
        );
      break;
    case 'bands':
      arr(r.bands).forEach((b, j) => {
        if (b.points > max) over(`mức ${j + 1}`, b.points, `/bands/${j}/points`);
        if (b.min !== undefined && b.max !== undefined && b.min > b.max)
          check.problems.push(
            problem(`${path}/rule/bands/${j}`, 'BAND_EMPTY', `Mức ${j + 1} có cận dưới lớn hơn cận trên.`, `band min > max`),
          );
      });
      if (r.otherwise !== undefined && r.otherwise > max) over('không đạt mức nào', r.otherwise, '/otherwise');
      break;
    case 'deduction':
      if (r.from !== undefined && r.from > max) over('điểm xuất phát', r.from, '/from');
      break;
    case 'rate':
      if (n.method !== undefined && n.method !== 'survey' && n.method !== 'satisfaction')
        check.problems.push(
          problem(
            `${path}/rule/type`,
            'RULE_METHOD_MISMATCH',
            'Quy tắc tỷ lệ hài lòng/điều tra chỉ dùng cho tiêu chí đo bằng điều tra XHH hoặc SIPAS.',
            `rule "rate" requires method survey or satisfaction, got ${n.method}`,
          ),
        );
      break;
    default:
      break;
  }
}
