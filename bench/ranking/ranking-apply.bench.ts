/*
 * What one published score costs the ranking projection, computed in memory (no database): the full recompute of the
 * cycle (every unit evaluated by the engine, every results row rewritten — what the projection did until
 * 2026-12-03) against the incremental recompute (the scored unit evaluated alone, every unit re-ranked from the
 * stored totals, only moved ranks rewritten), for cycles of 100, 300 and 1,000 communes × 80 sub-criteria.
 * Run: npm run -s build && node dist/bench/ranking/ranking-apply.bench.js   (BENCH_RANKING_EVENTS, default 200)
 */
import { performance } from 'node:perf_hooks';
import { planDemoCycle } from '@par/platform';
import { cycleResults, unitResults, type CycleInputs, type ScoreRow, type StoredResult } from '@par/service-ranking';
import { isMain, memLine, pct } from '../common';

const EVENTS = Number(process.env['BENCH_RANKING_EVENTS'] ?? 200);

function cycleOf(units: number): { inputs: CycleInputs; stored: StoredResult[] } {
  const plan = planDemoCycle({ units, province: 'bench', frameworkId: 'bench', year: 2026 });
  const framework = {
    frameworkId: 'bench',
    frameworkVersion: 1,
    name: 'bench',
    unitType: 'commune',
    totalMax: 100,
    components: [],
    items: [],
    definition: plan.framework,
  };
  const scores: ScoreRow[] = plan.units.flatMap((u) =>
    u.self.map((s, i) => ({ unitId: u.unitId, code: s.subCriterionCode, selfScore: s.points, appraisedScore: u.appraisal[i]!.score })),
  );
  const inputs: CycleInputs = {
    cycle: { cycleId: 'c', name: 'c', year: 2026, unitType: 'commune', frameworkId: 'bench', frameworkVersion: 1 },
    framework,
    units: plan.units.map((u) => ({ unitId: u.unitId, name: u.unitName, unitType: 'commune', parentUnitId: null })),
    scores,
    notApplicable: [],
  };
  const stored = cycleResults('bench', inputs)
    .filter((c) => c.kind === 'upsert')
    .map((c) => {
      const row = (c as { row: Record<string, unknown> }).row;
      return {
        unitId: String(row['unit_id']),
        total: Number(row['total']),
        indexPercent: Number(row['index_percent']),
        rank: Number(row['rank']),
      };
    });
  return { inputs, stored };
}

function measure(units: number): void {
  const { inputs, stored } = cycleOf(units);
  const byUnit = new Map<string, ScoreRow[]>();
  for (const s of inputs.scores) byUnit.set(s.unitId, [...(byUnit.get(s.unitId) ?? []), s]);
  const events = Array.from({ length: EVENTS }, (_, i) => {
    const unit = inputs.units[(i * 37) % inputs.units.length]!;
    const own = byUnit.get(unit.unitId)!;
    const row = own[(i * 13) % own.length]!;
    return { unit, changed: { ...row, appraisedScore: Math.max(0, (row.appraisedScore ?? 0) - 0.25) } };
  });
  const full: number[] = [];
  const incremental: number[] = [];
  let fullRows = 0;
  let incrementalRows = 0;
  for (const { unit, changed } of events) {
    const replaced = (rows: readonly ScoreRow[]) => rows.map((r) => (r.unitId === changed.unitId && r.code === changed.code ? changed : r));
    let t = performance.now();
    fullRows += cycleResults('bench', { ...inputs, scores: replaced(inputs.scores) }).length;
    full.push(performance.now() - t);
    t = performance.now();
    const unitInputs = {
      cycle: inputs.cycle,
      framework: inputs.framework!,
      unit: { unitId: unit.unitId, name: unit.name },
      scores: replaced(byUnit.get(unit.unitId)!),
      notApplicable: [],
      stored,
    };
    incrementalRows += unitResults('bench', unitInputs).length;
    incremental.push(performance.now() - t);
  }
  const f = pct(full, 50);
  const i = pct(incremental, 50);
  console.log(
    `${String(units).padStart(5)} units × 80 | full p50 ${f.toFixed(2)} ms p95 ${pct(full, 95).toFixed(2)} ms, ${(fullRows / EVENTS).toFixed(0)} row writes` +
      ` | incremental p50 ${i.toFixed(3)} ms p95 ${pct(incremental, 95).toFixed(3)} ms, ${(incrementalRows / EVENTS).toFixed(1)} row writes | ×${(f / i).toFixed(0)} faster`,
  );
}

export function runRankingApplyBench(): void {
  console.log(`ranking projection, per published score (${EVENTS} events each; CPU only, no database)`);
  for (const units of [100, 300, 1000]) measure(units);
  console.log(memLine('after'));
}

if (isMain(import.meta.url)) runRankingApplyBench();
