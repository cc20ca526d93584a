/*
 * Scoring a national cycle: 3,400 units × 100 sub-criteria, then ranking and classifying them.
 * Prints time (tinybench), memory (heap used, RSS) and the ratio against a naive baseline measured in the same run.
 * Asserts nothing. Run: npm run build && node dist/bench/scoring/scoring.bench.js   (BENCH_UNITS=... to change size)
 */
import { Bench } from 'tinybench';
import { seededRandom } from '@par/kernel';
import { isMain } from '../common';
import { evaluateCycle, FIVE_CLASS_BANDS, validateFramework, type Framework, type MeasurementMethod, type UnitResults } from '@par/scoring';

const UNITS = Number(process.env['BENCH_UNITS'] || 3400);
const COMPONENTS = 8;
const CRITERIA = 4;
const SUBS = 3; // 8 × 4 × 3 = 96 sub-criteria + 4 criteria carrying points themselves = 100 scored nodes

function nationalFramework(): Framework {
  const methods: MeasurementMethod[] = ['appraised', 'appraised', 'survey', 'indicator', 'satisfaction'];
  let total = 0;
  const components = Array.from({ length: COMPONENTS }, (_, c) => {
    let compMax = 0;
    const criteria = Array.from({ length: CRITERIA }, (_, r) => {
      const code = `${c + 1}.${r + 1}`;
      const subCriteria = Array.from({ length: SUBS }, (_, s) => {
        const method = methods[(c + r + s) % methods.length]!;
        const max = 1;
        return {
          code: `${code}.${s + 1}`,
          name: `Tiêu chí thành phần ${code}.${s + 1}`,
          max,
          method,
          rule:
            method === 'survey' || method === 'satisfaction'
              ? { type: 'rate' as const }
              : method === 'indicator'
                ? { type: 'ratio' as const, unitLabel: 'hồ sơ' }
                : { type: 'manual' as const, step: 0.25 },
          departments: [`D${(c + s) % 5}`],
          ...(s === 2 && { applicability: { mode: 'conditional' as const } }),
        };
      });
      compMax += SUBS;
      return { code, name: `Tiêu chí ${code}`, max: SUBS, subCriteria };
    });
    if (c < 4) {
      criteria.push({ code: `${c + 1}.${CRITERIA + 1}`, name: `Tiêu chí ${c + 1}.${CRITERIA + 1}`, max: 1, subCriteria: [] });
      Object.assign(criteria[criteria.length - 1]!, { method: 'appraised', rule: { type: 'yes-no' }, departments: ['D0'] });
      compMax += 1;
    }
    total += compMax;
    return { code: String(c + 1), name: `Lĩnh vực ${c + 1}`, max: compMax, criteria };
  });
  const fw: Framework = {
    schemaVersion: 1,
    id: 'national-bench',
    name: 'Bộ tiêu chí đo hiệu năng',
    province: 'national',
    unitType: 'commune',
    period: { from: 2025, to: 2025 },
    version: '1',
    decision: { number: 'BENCH' },
    totalMax: total,
    rounding: { decimals: 2, mode: 'half-up', at: 'leaf' },
    departments: Array.from({ length: 5 }, (_, i) => ({ code: `D${i}`, name: `Phòng ${i}` })),
    classification: { bands: FIVE_CLASS_BANDS.map((b) => ({ ...b })) },
    components,
  };
  const v = validateFramework(fw);
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 5)));
  return v.framework!;
}

function nationalResults(fw: Framework): UnitResults[] {
  const rand = seededRandom(2025);
  const leaves = fw.components.flatMap((c) =>
    (c.criteria ?? []).flatMap((cr) => (cr.subCriteria && cr.subCriteria.length > 0 ? cr.subCriteria : [cr as Required<typeof cr>])),
  );
  return Array.from({ length: UNITS }, (_, u) => {
    const scores: UnitResults['scores'] = {};
    const notApplicable: string[] = [];
    for (const l of leaves) {
      if (l.applicability?.mode === 'conditional' && rand() < 0.05) {
        notApplicable.push(l.code);
        continue;
      }
      const q = 0.55 + 0.45 * rand();
      switch (l.rule!.type) {
        case 'rate':
          scores[l.code] = { input: { rate: Math.round(q * 1000) / 1000 } };
          break;
        case 'ratio':
          scores[l.code] = { input: { numerator: Math.round(q * 50), denominator: 50 } };
          break;
        case 'yes-no':
          scores[l.code] = { input: { yes: q > 0.6 } };
          break;
        default:
          scores[l.code] = { value: Math.round(q * 4) / 4, ...(q < 0.75 && { reason: 'Thiếu tài liệu kiểm chứng' }) };
      }
    }
    return { unitId: `u${u}`, unitName: `UBND xã ${u}`, scores, notApplicable };
  });
}

/** Naive baseline: walk the tree per unit, float sums, round at the end, rank by counting (O(n²)). */
function naive(fw: Framework, units: UnitResults[]) {
  const out = units.map((u) => {
    const na = new Set(u.notApplicable ?? []);
    let total = 0;
    let appMax = 0;
    const comps: Record<string, number> = {};
    const lost: { code: string; lost: number }[] = [];
    for (const c of fw.components) {
      let ct = 0;
      for (const cr of c.criteria ?? []) {
        const nodes = cr.subCriteria && cr.subCriteria.length > 0 ? cr.subCriteria : [cr as Required<typeof cr>];
        for (const n of nodes) {
          if (na.has(n.code)) continue;
          appMax += n.max;
          const s = u.scores[n.code];
          let v = 0;
          if (s?.value !== undefined) v = s.value;
          else if (s?.input?.rate !== undefined) v = s.input.rate * n.max;
          else if (s?.input?.numerator !== undefined) v = Math.min(n.max, (s.input.numerator / s.input.denominator!) * n.max);
          else if (s?.input?.yes !== undefined) v = s.input.yes ? n.max : 0;
          v = Math.round(v * 100) / 100;
          ct += v;
          if (n.max - v > 0) lost.push({ code: n.code, lost: n.max - v });
        }
      }
      comps[c.code] = Math.round(ct * 100) / 100;
      total += ct;
    }
    total = Math.round(total * 100) / 100;
    const index = Math.round((total / appMax) * 10000) / 100;
    return { unitId: u.unitId, comps, total, index, lost, rank: 0, cls: '' };
  });
  for (const a of out) {
    a.rank = 1 + out.filter((b) => b.index > a.index).length;
    a.cls = fw.classification.bands.find((b) => a.index >= (b.min ?? 0))?.label ?? '';
  }
  return out;
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1) + ' MB';

async function main() {
  const fw = nationalFramework();
  const units = nationalResults(fw);
  const nodes = fw.components.reduce(
    (s, c) => s + (c.criteria ?? []).reduce((t, cr) => t + Math.max(1, cr.subCriteria?.length ?? 0), 0),
    0,
  );
  console.log(
    `Scoring bench: ${UNITS} units × ${nodes} scored nodes (${(UNITS * nodes).toLocaleString('en')} results), node ${process.version}`,
  );

  // One cold run each, with memory.
  const m0 = process.memoryUsage();
  let t = performance.now();
  const cycle = evaluateCycle(fw, units);
  const coldFull = performance.now() - t;
  const m1 = process.memoryUsage();
  console.log(
    `cold evaluateCycle (with per-node detail): ${coldFull.toFixed(1)} ms; heap used ${mb(m1.heapUsed)} (+${mb(m1.heapUsed - m0.heapUsed)}), RSS ${mb(m1.rss)} (+${mb(m1.rss - m0.rss)})`,
  );
  t = performance.now();
  evaluateCycle(fw, units, { includeLeaves: false });
  console.log(`cold evaluateCycle (summary only):        ${(performance.now() - t).toFixed(1)} ms`);
  const first = cycle.units.find((u) => u.rank === 1)!;
  console.log(`sanity: ${cycle.units.length} units, ok=${cycle.ok}, top ${first.unitName} ${first.total.value} (${first.class?.label})`);

  const bench = new Bench({ time: 2000, iterations: 10, warmupTime: 500, warmupIterations: 2 });
  bench
    .add('engine: evaluateCycle (per-node detail)', () => void evaluateCycle(fw, units))
    .add('engine: evaluateCycle (summary only)', () => void evaluateCycle(fw, units, { includeLeaves: false }))
    .add('naive baseline (tree walk, float sums, O(n²) ranks)', () => void naive(fw, units));
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const r = task.result as unknown as { latency?: { mean: number; p99: number }; throughput?: { mean: number } };
    return { name: task.name, mean: r.latency?.mean ?? NaN, p99: r.latency?.p99 ?? NaN };
  });
  for (const r of rows)
    console.log(`${r.name.padEnd(52)} mean ${r.mean.toFixed(1).padStart(7)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms`);
  const base = rows[2]!.mean;
  console.log(`ratio naive / engine: detail ${(base / rows[0]!.mean).toFixed(2)}×, summary ${(base / rows[1]!.mean).toFixed(2)}×`);
  const m2 = process.memoryUsage();
  console.log(`end: heap used ${mb(m2.heapUsed)}, RSS ${mb(m2.rss)}; goal: well under 1,000 ms per national cycle`);
}

/** Runs the scoring benchmark (prints its own table). */
export const runScoringBench = main;

if (isMain(import.meta.url)) await main();
