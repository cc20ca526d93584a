import type { ScoringItemV1 } from '@par/frameworks-contracts';

export interface LostPointsInput {
  unitName: string;
  cycleName: string;
  components: { code: string; name: string; maxPoints: number }[];
  items: ScoringItemV1[];
  scores: Map<string, { score: number; reason: string | null }>;
}

const vi = (n: number) => n.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/**
 * The "criteria where points were lost" section of a unit's analysis report, in Vietnamese Markdown.
 * Only appraised-method items are listed; unscored items count as fully lost ("chưa chấm").
 */
export function renderLostPoints(input: LostPointsInput): { markdown: string; totalLost: number } {
  const lines = [`# Các tiêu chí bị mất điểm — ${input.unitName}`, '', `Kỳ đánh giá: ${input.cycleName}`, ''];
  let totalLost = 0;
  for (const c of input.components) {
    const lost = input.items
      .filter((i) => i.componentCode === c.code && i.method === 'appraised')
      .map((i) => {
        const s = input.scores.get(i.code);
        return { i, got: s?.score ?? 0, reason: s ? s.reason : 'Chưa chấm điểm', lost: i.maxPoints - (s?.score ?? 0) };
      })
      .filter((x) => x.lost > 1e-9);
    if (lost.length === 0) continue;
    const sum = lost.reduce((s, x) => s + x.lost, 0);
    totalLost += sum;
    lines.push(`## ${c.code}. ${c.name} — mất ${vi(sum)} điểm`, '', '| Tiêu chí | Điểm tối đa | Đạt | Mất | Lý do |', '|---|---:|---:|---:|---|');
    for (const x of lost) lines.push(`| ${x.i.code} ${x.i.name} | ${vi(x.i.maxPoints)} | ${vi(x.got)} | ${vi(x.lost)} | ${x.reason ?? ''} |`);
    lines.push('');
  }
  lines.push(`**Tổng số điểm bị mất (phần thẩm định): ${vi(totalLost)}**`);
  return { markdown: lines.join('\n'), totalLost: Math.round(totalLost * 1000) / 1000 };
}
