/*
 * Reports of a 100-unit cycle in all three formats: the ranking report (DOCX, XLSX, PDF) and every unit's analysis
 * report (DOCX and XLSX for all units; PDF for BENCH_REPORT_PDF_UNITS units, LibreOffice being the slow part), with
 * the chart rendering alone (ECharts SSR → SVG → PNG). Prints wall time per report and peak RSS. Asserts nothing.
 * Run: npm run build && node dist/bench/reports/reports.bench.js   (BENCH_REPORT_UNITS, BENCH_REPORT_PDF_UNITS)
 */
import { performance } from 'node:perf_hooks';
import { isMain, mb } from '../common';
import { evaluateCycle, validateFramework, type Framework, type UnitResults } from '@par/scoring';
import {
  buildRankingReport,
  buildUnitAnalysisReport,
  renderChartSvg,
  renderReport,
  svgToPng,
  type YearResult,
} from '@par/reporting-documents';

const UNITS = Number(process.env['BENCH_REPORT_UNITS'] || 100);
const PDF_UNITS = Number(process.env['BENCH_REPORT_PDF_UNITS'] || 3);

function framework(year: number): Framework {
  const components = Array.from({ length: 8 }, (_, c) => ({
    code: `${c + 1}`,
    name: `Lĩnh vực cải cách hành chính số ${c + 1}`,
    max: 12,
    criteria: Array.from({ length: 4 }, (_, r) => ({
      code: `${c + 1}.${r + 1}`,
      name: `Tiêu chí ${c + 1}.${r + 1}`,
      max: 3,
      subCriteria: Array.from({ length: 3 }, (_, s) => ({
        code: `${c + 1}.${r + 1}.${s + 1}`,
        name: `Tiêu chí thành phần ${c + 1}.${r + 1}.${s + 1} về thực hiện nhiệm vụ cải cách hành chính`,
        max: 1,
        method: s === 2 ? 'survey' : 'appraised',
        rule: s === 2 ? { type: 'rate' } : { type: 'manual', step: 0.25 },
        departments: [`D${(c + s) % 5}`],
      })),
    })),
  }));
  const r = validateFramework({
    schemaVersion: 2,
    id: `bench-${year}`,
    name: 'Bộ tiêu chí thử',
    province: 'bench',
    unitType: 'commune',
    period: { from: year, to: year },
    version: '1',
    decision: { number: '1/QĐ-UBND' },
    totalMax: 96,
    rounding: { decimals: 2, mode: 'half-up', at: 'leaf' },
    departments: Array.from({ length: 5 }, (_, i) => ({ code: `D${i}`, name: `Phòng chuyên môn ${i + 1}` })),
    classification: {
      bands: [
        { class: 'good', label: 'Tốt', min: 80 },
        { class: 'fair', label: 'Khá', min: 70 },
        { class: 'weak', label: 'Yếu', min: 0 },
      ],
    },
    components,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r.framework!;
}

function year(y: number): YearResult {
  const fw = framework(y);
  const units: UnitResults[] = Array.from({ length: UNITS }, (_, u) => ({
    unitId: `x${u}`,
    unitName: `UBND xã Thử Nghiệm ${u + 1}`,
    scores: Object.fromEntries(
      fw.components.flatMap((c) =>
        c.criteria!.flatMap((cr) =>
          cr.subCriteria!.map((s, i) => [s.code, { value: ((u * 7 + i * 3 + y) % 5) * 0.25, reason: 'Chưa đủ tài liệu kiểm chứng' }]),
        ),
      ),
    ),
  }));
  return {
    cycle: { id: `${y}-commune`, name: `Chỉ số CCHC cấp xã năm ${y}`, year: y, unitType: 'commune' },
    framework: fw,
    evaluation: evaluateCycle(fw, units),
  };
}

async function time<T>(label: string, f: () => Promise<T>, n = 1): Promise<T> {
  const t0 = performance.now();
  let out!: T;
  for (let i = 0; i < n; i++) out = await f();
  const ms = (performance.now() - t0) / n;
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms${n > 1 ? ` (mean of ${n})` : ''}  RSS ${mb(process.memoryUsage().rss)}`);
  return out;
}

export async function runReportsBench(): Promise<void> {
  const header = { issuer: 'Sở Nội vụ', number: 'Số: 1/BC-SNV', place: 'Thái Nguyên', date: '2026-05-07' };
  const [prev, cur] = [year(2025), year(2026)];
  const ranking = buildRankingReport({ header, ...cur });
  console.log(`reports of a ${UNITS}-unit cycle (96 sub-criteria, 8 components)`);
  const chart =
    ranking.blocks.length &&
    buildUnitAnalysisReport({ header, unitId: 'x0', current: cur, previous: prev, history: [prev, cur] }).blocks.find(
      (b) => b.kind === 'chart',
    )!;
  if (chart && chart.kind === 'chart') await time('chart: ECharts SSR SVG + resvg PNG', async () => svgToPng(renderChartSvg(chart)), 20);
  for (const f of ['DOCX', 'XLSX', 'PDF'] as const) {
    const file = await time(`ranking report ${f}`, () => renderReport(ranking, f));
    console.log(`  ${file.filename}: ${mb(file.sizeBytes)} (${file.sizeBytes} bytes)`);
  }
  const units = cur.evaluation.units.map((u) => u.unitId);
  const analysis = (id: string) => buildUnitAnalysisReport({ header, unitId: id, current: cur, previous: prev, history: [prev, cur] });
  const t0 = performance.now();
  for (const id of units) await renderReport(analysis(id), 'DOCX');
  console.log(
    `unit analysis DOCX × ${units.length}`.padEnd(48),
    `${(performance.now() - t0).toFixed(0).padStart(9)} ms total  RSS ${mb(process.memoryUsage().rss)}`,
  );
  const t1 = performance.now();
  for (const id of units) await renderReport(analysis(id), 'XLSX');
  console.log(
    `unit analysis XLSX × ${units.length}`.padEnd(48),
    `${(performance.now() - t1).toFixed(0).padStart(9)} ms total  RSS ${mb(process.memoryUsage().rss)}`,
  );
  const t2 = performance.now();
  for (const id of units.slice(0, PDF_UNITS)) await renderReport(analysis(id), 'PDF');
  const perPdf = (performance.now() - t2) / Math.max(1, PDF_UNITS);
  console.log(
    `unit analysis PDF (LibreOffice) per report`.padEnd(48),
    `${perPdf.toFixed(0).padStart(9)} ms (mean of ${PDF_UNITS}); ×${units.length} ≈ ${((perPdf * units.length) / 1000).toFixed(0)} s`,
  );
  console.log(`peak RSS (this process; soffice runs as a child): ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

if (isMain(import.meta.url)) await runReportsBench();
