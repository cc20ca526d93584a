/*
 * Survey import and aggregation of 100,000 responses (CSV, 100 units, 2 groups, 6 questions) against a baseline
 * of parsing the same file alone, in the same run: time and peak memory (RSS and heap, sampled every 5 ms) of
 * each step. CPU and memory only (no database): the append is one batched write of 5 events (ADR 0020).
 * Run: npm run -s build && node dist/bench/surveys/surveys-import.bench.js
 */
import { isMain, mb } from '../common';
import {
  aggregateResults,
  campaignDecider,
  readResponseTable,
  type CampaignCycleContext,
  type CampaignDefinition,
  type CampaignEvent,
} from '@par/surveys-domain';
import { readResponseFile } from '@par/service-surveys';

const N = 100_000;
const UNITS = Array.from({ length: 100 }, (_, i) => `xa-${i + 1}`);
const cycle: CampaignCycleContext = {
  frameworkId: 'fw',
  frameworkVersion: 1,
  decimals: 3,
  roundingMode: 'half-up',
  unitIds: UNITS,
  nodes: ['8.1', '8.2', '8.3'].map((code) => ({ code, name: code, max: 2, method: 'survey', rule: { type: 'rate' as const } })),
};
const def: CampaignDefinition = {
  campaignId: 'bench',
  cycleId: 'cy',
  name: 'bench',
  weighting: 'group-weights',
  scale: { levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })), positive: [4, 5] },
  groups: [
    { code: 'a', name: 'A', quotaPerUnit: 500, weight: 2, assesses: [] },
    { code: 'b', name: 'B', quotaPerUnit: 500, weight: 1, assesses: [] },
  ],
  questions: Array.from({ length: 6 }, (_, i) => ({
    id: `q${i + 1}`,
    text: `Q${i + 1}`,
    code: `8.${(i % 3) + 1}`,
    factor: null,
    required: true,
  })),
};

function csv(): Uint8Array {
  const lines = ['Mã người trả lời,Nhóm,Mã đơn vị,q1,q2,q3,q4,q5,q6'];
  let x = 1;
  for (let i = 0; i < N; i++) {
    const a: number[] = [];
    for (let k = 0; k < 6; k++) a.push(1 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % 5));
    lines.push(`r${i},${i % 2 ? 'a' : 'b'},${UNITS[i % UNITS.length]},${a.join(',')}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

async function measure<T>(label: string, fn: () => Promise<T>): Promise<T> {
  global.gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);
  console.log(
    `${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms   peak RSS ${mb(peakRss).padStart(7)}   peak heap ${mb(peakHeap).padStart(7)} (+${mb(peakHeap - start.heapUsed)})`,
  );
  return out;
}

async function main(): Promise<void> {
  const bytes = csv();
  console.log(`surveys: ${N.toLocaleString('en')} responses, ${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV, node ${process.version}`);
  await measure('baseline: parse the file alone (csv-parse)', () => readResponseFile(bytes, 'bench.csv'));
  const results = await measure('import + aggregate: parse, check rows, decide, fold, aggregate', async () => {
    const sheets = await readResponseFile(bytes, 'bench.csv');
    const table = readResponseTable(def, UNITS, sheets);
    if (table.problems.length) throw new Error(table.problems[0]!.detail);
    const created = campaignDecider.decide(
      { type: 'CreateSurveyCampaign', data: { definition: def, cycle } },
      campaignDecider.initialState(),
    );
    let state = created.reduce(campaignDecider.evolve, campaignDecider.initialState());
    const events: CampaignEvent[] = campaignDecider.decide(
      { type: 'ImportSurveyResponses', data: { campaignId: 'bench', importId: 'i', fileName: 'bench.csv', rows: table.rows } },
      state,
    );
    // the events go through JSON as they would through the store (append, then a later read and fold)
    const stored = JSON.parse(JSON.stringify(events)) as CampaignEvent[];
    state = stored.reduce(campaignDecider.evolve, state);
    return {
      events: events.length,
      json: JSON.stringify(events).length,
      units: aggregateResults(def, cycle, state.responses).length,
      state,
    };
  });
  console.log(
    `  ${results.events} batch events, ${(results.json / 1024 / 1024).toFixed(1)} MB of event JSON, results for ${results.units} units`,
  );
  await measure('re-import of the same file (decides: nothing to append)', async () => {
    const table = readResponseTable(def, UNITS, await readResponseFile(bytes, 'bench.csv'));
    const again = campaignDecider.decide(
      { type: 'ImportSurveyResponses', data: { campaignId: 'bench', importId: 'j', fileName: 'bench.csv', rows: table.rows } },
      results.state,
    );
    if (again.length) throw new Error('re-import appended events');
  });
}

/** Runs the surveys benchmark (prints its own table). */
export const runSurveysBench = main;

if (isMain(import.meta.url)) await main();
