import type { ScoringItemV1 } from '@par/frameworks-contracts';

export interface RankingInput {
  components: { code: string; name: string; maxPoints: number }[];
  items: ScoringItemV1[];
  units: { unitId: string; name: string }[];
  /** unitId → code → effective score (appraised if any, else self) */
  scores: Map<string, Map<string, number>>;
  bands: { class: string; label: string; min?: number }[];
  decimals: number;
}

export interface RankingRow {
  unitId: string;
  unitName: string;
  total: number;
  maxPoints: number;
  indexPercent: number;
  rank: number;
  classCode: string | null;
  classLabel: string | null;
  components: { code: string; name: string; points: number; maxPoints: number }[];
}

const round = (x: number, d: number) => Math.round((x + Number.EPSILON) * 10 ** d) / 10 ** d;

/**
 * Totals per component and unit, index % of the maximum, competition ranking (ties share a rank,
 * highest first) and class from the framework's bands. Pure. Component points are rounded to the
 * framework's decimals and the total is their sum, so the shown parts always add up.
 */
export function computeRanking(input: RankingInput): RankingRow[] {
  const maxPoints = round(input.items.reduce((s, i) => s + i.maxPoints, 0), input.decimals);
  const rows = input.units.map((u) => {
    const own = input.scores.get(u.unitId) ?? new Map<string, number>();
    const components = input.components.map((c) => {
      const points = input.items.filter((i) => i.componentCode === c.code).reduce((s, i) => s + (own.get(i.code) ?? 0), 0);
      return { code: c.code, name: c.name, points: round(points, input.decimals), maxPoints: c.maxPoints };
    });
    const total = round(components.reduce((s, c) => s + c.points, 0), input.decimals);
    const indexPercent = maxPoints > 0 ? round((total / maxPoints) * 100, 2) : 0;
    const band = [...input.bands].sort((a, b) => (b.min ?? 0) - (a.min ?? 0)).find((b) => indexPercent >= (b.min ?? 0));
    return { unitId: u.unitId, unitName: u.name, total, maxPoints, indexPercent, rank: 0, classCode: band?.class ?? null, classLabel: band?.label ?? null, components };
  });
  rows.sort((a, b) => b.total - a.total || a.unitId.localeCompare(b.unitId));
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    r.rank = prev && prev.total === r.total ? prev.rank : i + 1;
  });
  return rows;
}
