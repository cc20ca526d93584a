/*
 * Start-up of `npx par`: median wall time and peak RSS of `node bin/par.js …` over N runs, against `node -e 0`
 * measured in the same run (ratios). Offline commands must not load Nest, Kafka or PGlite; `projections --help`
 * (which loads the platform) is measured for contrast. Asserts nothing.
 * Run: npm run build && node dist/bench/cli/startup.bench.js   (BENCH_CLI_RUNS=... to change N, default 10)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isMain } from '../common';

const RUNS = Number(process.env['BENCH_CLI_RUNS'] || 10);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const ex = (p: string) => `${root}examples/${p}`;
const par = `${root}bin/par.js`;

// Reports the child's own peak RSS (kB) on fd 3 as it exits; the same preload runs in the baseline.
const PEAK_RSS = `data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{try{writeSync(3,String(process.resourceUsage().maxRSS))}catch{}})`;

const CASES: { name: string; args: string[] }[] = [
  { name: 'baseline: node -e 0', args: ['-e', '0'] },
  { name: 'par --help', args: [par, '--help'] },
  { name: 'par --version', args: [par, '--version'] },
  { name: 'par framework validate (district)', args: [par, 'framework', 'validate', ex('frameworks/bac-kan-2023-district.yaml')] },
  {
    name: 'par score (districts + communes, JSON)',
    args: [
      par,
      'score',
      '--framework',
      ex('frameworks/bac-kan-2023-district.yaml'),
      '--results',
      ex('results/bac-kan-2023-districts.json'),
      '--subordinate-framework',
      ex('frameworks/bac-kan-2023-commune.yaml'),
      '--subordinate-results',
      ex('results/bac-kan-2023-communes.csv'),
    ],
  },
  {
    name: 'par reconcile (seed report)',
    args: [
      par,
      'reconcile',
      '--framework',
      ex('frameworks/bac-kan-2023-district.yaml'),
      ex('frameworks/bac-kan-2023-commune.yaml'),
      '--report',
      ex('reports/bac-kan-2023.yaml'),
    ],
  },
  { name: 'par projections --help (loads the platform)', args: [par, 'projections', '--help'] },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function measure(args: string[]): { ms: number; rssMb: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', PEAK_RSS, ...args], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  const kb = Number(r.output[3]?.toString() ?? NaN);
  return { ms, rssMb: kb / 1024 };
}

export function runCliStartupBench(): void {
  console.log(`CLI start-up, node ${process.version}, ${RUNS} runs per case (runs interleaved), median wall time and peak RSS`);
  const samples = CASES.map(() => ({ ms: [] as number[], rss: [] as number[] }));
  measure(['-e', '0']); // warm the file cache
  for (let i = 0; i < RUNS; i++)
    CASES.forEach((c, k) => {
      const m = measure(c.args);
      samples[k]!.ms.push(m.ms);
      samples[k]!.rss.push(m.rssMb);
    });
  const base = { ms: median(samples[0]!.ms), rss: median(samples[0]!.rss) };
  const rows = CASES.map((c, k) => {
    const ms = median(samples[k]!.ms);
    const rss = median(samples[k]!.rss);
    return {
      case: c.name,
      'median ms': Math.round(ms),
      'x baseline': +(ms / base.ms).toFixed(2),
      'peak RSS MB': Math.round(rss),
      'RSS x baseline': +(rss / base.rss).toFixed(2),
      '< 500 ms': ms < 500 ? 'yes' : 'no',
    };
  });
  console.table(rows);
}

if (isMain(import.meta.url)) runCliStartupBench();
