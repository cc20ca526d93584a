import { formatNumberVi, markdownText as md } from '@par/kernel';
import type { Framework, LostItem } from '@par/scoring';
import { appraisedLostPoints, type LostPointsInput } from '../lost-points-source/appraised-lost-points';

/**
 * The "criteria where points were lost" section of a unit's analysis report, in Vietnamese Markdown:
 * lost points of the appraised part (`appraisedLostPoints`), grouped by component and by responsible department.
 * Every name and reason goes through `markdownText` (they were typed by people: nothing in them becomes Markdown).
 */
export function renderLostPoints(framework: Framework, input: LostPointsInput): { markdown: string; totalLost: number } {
  const d = framework.rounding.decimals;
  /** Points as the report prints them: the framework's decimals, Vietnamese format (`0,50`). */
  const points = (n: number) => formatNumberVi(n, d);
  const lost = appraisedLostPoints(framework, input);
  const row = (i: LostItem) =>
    `| ${md(i.code)} ${md(i.name)} | ${points(i.max)} | ${points(i.achieved)} | ${points(i.lost)} | ${md(i.reason ?? '')} |`;
  const header = ['| Tiêu chí | Điểm tối đa | Đạt | Mất | Lý do |', '|---|---:|---:|---:|---|'];

  const lines = [`# Các tiêu chí bị mất điểm — ${md(input.unitName)}`, '', `Kỳ đánh giá: ${md(input.cycleName)}`, ''];
  for (const c of lost.byComponent) {
    lines.push(`## ${md(c.code)}. ${md(c.name)} — mất ${points(c.lost)} điểm`, '', ...header, ...c.items.map(row), '');
  }
  lines.push('## Theo phòng/sở phụ trách', '', '| Phòng/sở phụ trách | Số tiêu chí | Điểm mất |', '|---|---:|---:|');
  for (const dept of lost.byDepartment) lines.push(`| ${md(dept.name)} | ${dept.items.length} | ${points(dept.lost)} |`);
  lines.push('', `**Tổng số điểm bị mất (phần thẩm định): ${points(lost.totalLost)}**`);
  return { markdown: lines.join('\n'), totalLost: lost.totalLost };
}
