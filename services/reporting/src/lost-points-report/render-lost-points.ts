import { formatNumberVi } from '@par/kernel';
import { evaluateUnit, leavesOf, type Framework, type LostItem } from '@par/scoring';

export interface LostPointsInput {
  unitId: string;
  unitName: string;
  cycleName: string;
  /** sub-criterion code → effective score (appraised, else self) and the appraisal reason */
  scores: ReadonlyMap<string, { score: number; reason: string | null }>;
}

const NOT_SCORED = 'Chưa chấm điểm';

/**
 * The "criteria where points were lost" section of a unit's analysis report, in Vietnamese Markdown:
 * lost points of the appraised part computed by the scoring engine (max − achieved, with the appraisal
 * reason), grouped by component and by responsible department. Items with no score yet count as lost.
 */
export function renderLostPoints(framework: Framework, input: LostPointsInput): { markdown: string; totalLost: number } {
  const d = framework.rounding.decimals;
  /** Points as the report prints them: the framework's decimals, Vietnamese format (`0,50`). */
  const points = (n: number) => formatNumberVi(n, d);
  const scores = Object.fromEntries(
    leavesOf(framework).map((l) => {
      const s = input.scores.get(l.code);
      return [l.code, { value: s?.score ?? 0, reason: s ? (s.reason ?? undefined) : NOT_SCORED }];
    }),
  );
  const evaluation = evaluateUnit(framework, { unitId: input.unitId, unitName: input.unitName, scores }, { includeLeaves: false });
  const appraised = (items: LostItem[]) => items.filter((i) => i.method === 'appraised' && i.lost > 0);
  const row = (i: LostItem) => `| ${i.code} ${i.name} | ${points(i.max)} | ${points(i.achieved)} | ${points(i.lost)} | ${i.reason ?? ''} |`;
  const header = ['| Tiêu chí | Điểm tối đa | Đạt | Mất | Lý do |', '|---|---:|---:|---:|---|'];

  const lines = [`# Các tiêu chí bị mất điểm — ${input.unitName}`, '', `Kỳ đánh giá: ${input.cycleName}`, ''];
  let totalLost = 0;
  for (const c of evaluation.lostPoints.byComponent) {
    const items = appraised(c.items);
    if (items.length === 0) continue;
    const sum = items.reduce((s, i) => s + i.lost, 0);
    totalLost += sum;
    lines.push(`## ${c.code}. ${c.name} — mất ${points(sum)} điểm`, '', ...header, ...items.map(row), '');
  }
  lines.push('## Theo phòng/sở phụ trách', '', '| Phòng/sở phụ trách | Số tiêu chí | Điểm mất |', '|---|---:|---:|');
  for (const dept of evaluation.lostPoints.byDepartment) {
    const items = appraised(dept.items);
    if (items.length) lines.push(`| ${dept.name} | ${items.length} | ${points(items.reduce((s, i) => s + i.lost, 0))} |`);
  }
  totalLost = Number(totalLost.toFixed(d));
  lines.push('', `**Tổng số điểm bị mất (phần thẩm định): ${points(totalLost)}**`);
  return { markdown: lines.join('\n'), totalLost };
}
