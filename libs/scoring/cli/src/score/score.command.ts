import { Option, type Command } from 'commander';
import { ValidationError } from '@par/kernel';
import { evaluateCycle, subordinatesOf, type CycleEvaluation, type Framework, type UnitResults } from '@par/scoring';
import { loadFramework, loadResults } from '../io/read-input';
import { usageError } from '../io/exit-codes';
import { writeErr, writeJson, writeOut } from '../io/output';
import { wantsJson } from '../io/json-mode';
import { reviewCycle, type ScoreWarning } from './review-cycle';
import { renderTable } from './score-table';

interface ScoreOptions {
  framework: string;
  results: string;
  format: string;
  subordinateFramework?: string;
  subordinateResults?: string;
  rule?: string[];
  leaves?: boolean;
}

const EXAMPLES = `
Ví dụ:
  par score --framework examples/frameworks/bac-kan-2023-commune.yaml \\
    --results examples/results/bac-kan-2023-communes.csv --format table
  par score --framework examples/frameworks/bac-kan-2023-district.yaml \\
    --results examples/results/bac-kan-2023-districts.json \\
    --subordinate-framework examples/frameworks/bac-kan-2023-commune.yaml \\
    --subordinate-results examples/results/bac-kan-2023-communes.csv --rule bac-kan-commune-two-thirds=off

Tệp CSV: phân cách bằng "," ";" hoặc tab; UTF-8 (có hoặc không BOM) hoặc UTF-16 có BOM; số viết 87,461 hoặc 87.461.
Mã thoát: 0 không có lỗi, 1 kết quả có lỗi, 2 dùng sai lệnh, 3 không đọc được tệp.`;

/** `par score --framework FILE --results FILE`: totals, ranks, classes and lost points as JSON or a table. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description('Tính điểm, xếp hạng, xếp loại và điểm mất của các đơn vị trong một kỳ đánh giá')
    .requiredOption('--framework <file>', 'tệp bộ tiêu chí (.yaml/.json)')
    .requiredOption('--results <file>', 'kết quả chấm theo tiêu chí của từng đơn vị (.csv/.tsv/.json)')
    .addOption(new Option('--format <format>', 'định dạng đầu ra').choices(['json', 'table']).default('json'))
    .option('--subordinate-framework <file>', 'bộ tiêu chí của đơn vị trực thuộc (cho quy tắc điều chỉnh xếp loại)')
    .option('--subordinate-results <file>', 'kết quả của đơn vị trực thuộc')
    .option('--rule <id=on|off...>', 'bật/tắt quy tắc điều chỉnh xếp loại trong kỳ này')
    .option('--leaves', 'kèm chi tiết từng tiêu chí (chỉ với JSON)')
    .addHelpText('after', EXAMPLES)
    .action((opts: ScoreOptions, cmd: Command) => runScore(opts, wantsJson(cmd) || opts.format === 'json'));
}

function runScore(opts: ScoreOptions, json: boolean): void {
  const fw = loadFramework(opts.framework);
  const adjustments = parseRules(opts.rule ?? [], fw);
  const { units, warnings: readWarnings } = loadResults(opts.results);
  const subordinates = loadSubordinates(opts);
  const cycle = evaluateCycle(fw, units, { adjustments, includeLeaves: true, ...(subordinates && { subordinates }) });
  const warnings: ScoreWarning[] = [...readWarnings.map((message) => ({ code: 'RESULTS_COLUMNS', message })), ...reviewCycle(cycle, units)];
  if (opts.leaves && !json)
    warnings.push({
      code: 'LEAVES_JSON_ONLY',
      message: '--leaves chỉ áp dụng cho đầu ra JSON (--format json hoặc --json); bảng đã liệt kê điểm mất theo từng tiêu chí.',
    });
  process.exitCode = cycle.ok ? 0 : 1;
  if (!json) writeOut(renderTable(cycle, fw));
  else {
    if (!opts.leaves) for (const u of cycle.units) delete u.leaves;
    writeJson({ ...cycle, warnings });
  }
  if (!json) for (const w of warnings) writeErr(`Cảnh báo: ${w.message}`);
  if (!cycle.ok) writeErr(problemList(cycle));
}

function problemList(cycle: CycleEvaluation): string {
  const n = cycle.units.reduce((s, u) => s + u.problems.length, 0);
  return (
    `Có ${n} lỗi trong kết quả chấm:\n` +
    cycle.units.flatMap((u) => u.problems.map((p) => `  ${p.path}  [${p.code}] ${p.message}\n`)).join('')
  );
}

/** `--rule id=on|off`, each id checked against the framework's adjustment rules (exit 2 otherwise). */
export function parseRules(rules: string[], fw: Framework): Record<string, boolean> {
  const known = (fw.classification.adjustments ?? []).map((r) => r.id);
  const list = known.length
    ? `Các quy tắc của bộ tiêu chí: ${known.join(', ')}.`
    : 'Bộ tiêu chí này không có quy tắc điều chỉnh xếp loại nào.';
  const out: Record<string, boolean> = {};
  for (const r of rules) {
    const m = /^([^=]+)=(on|off)$/.exec(r.trim());
    if (!m)
      throw usageError('BAD_OPTION', `Tùy chọn --rule "${r}" không hợp lệ (dạng đúng: <mã quy tắc>=on hoặc =off). ${list}`, `--rule ${r}`);
    if (!known.includes(m[1]!))
      throw usageError(
        'UNKNOWN_RULE',
        `Không có quy tắc điều chỉnh xếp loại "${m[1]}". ${list}`,
        `unknown rule ${m[1]}; known: ${known.join(', ')}`,
      );
    out[m[1]!] = m[2] === 'on';
  }
  return out;
}

function loadSubordinates(opts: ScoreOptions) {
  if (!opts.subordinateFramework && !opts.subordinateResults) return undefined;
  if (!opts.subordinateFramework || !opts.subordinateResults)
    throw usageError('BAD_OPTION', 'Cần cả --subordinate-framework và --subordinate-results.', 'both subordinate options are required');
  const sub: UnitResults[] = loadResults(opts.subordinateResults).units;
  const cycle = evaluateCycle(loadFramework(opts.subordinateFramework), sub, { includeLeaves: false });
  if (!cycle.ok)
    throw new ValidationError({
      code: 'SUBORDINATE_RESULTS_INVALID',
      messageVi: `Kết quả của đơn vị trực thuộc "${opts.subordinateResults}" có lỗi, chưa dùng được cho quy tắc điều chỉnh xếp loại:\n${problemList(cycle)}`,
      detail: `${opts.subordinateResults}: subordinate results have problems`,
    });
  return subordinatesOf(cycle);
}
