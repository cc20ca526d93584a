import { Option, type Command } from 'commander';
import { ValidationError } from '@par/kernel';
import { evaluateCycle, formatVi, methodLabelVi, subordinatesOf, type CycleEvaluation, type Figure, type NodeMethod } from '@par/scoring';
import { loadFramework, loadResults } from '../io/read-input';
import { table, writeJson, writeOut } from '../io/output';

interface ScoreOptions {
  framework: string;
  results: string;
  format: string;
  subordinateFramework?: string;
  subordinateResults?: string;
  rule?: string[];
  leaves?: boolean;
}

/** `par score --framework FILE --results FILE`: totals, ranks, classes and lost points as JSON or a table. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description('Tính điểm, xếp hạng, xếp loại và điểm mất của các đơn vị trong một kỳ đánh giá')
    .requiredOption('--framework <file>', 'tệp bộ tiêu chí (.yaml/.json)')
    .requiredOption('--results <file>', 'kết quả chấm theo tiêu chí của từng đơn vị (.csv/.json)')
    .addOption(new Option('--format <format>', 'định dạng đầu ra').choices(['json', 'table']).default('json'))
    .option('--subordinate-framework <file>', 'bộ tiêu chí của đơn vị trực thuộc (cho quy tắc điều chỉnh xếp loại)')
    .option('--subordinate-results <file>', 'kết quả của đơn vị trực thuộc')
    .option('--rule <id=on|off...>', 'bật/tắt quy tắc điều chỉnh xếp loại trong kỳ này')
    .option('--leaves', 'in chi tiết từng tiêu chí (JSON)')
    .action((opts: ScoreOptions) => {
      const fw = loadFramework(opts.framework);
      const units = loadResults(opts.results);
      const adjustments: Record<string, boolean> = {};
      for (const r of opts.rule ?? []) {
        const m = /^([^=]+)=(on|off)$/.exec(r);
        if (!m)
          throw new ValidationError({
            code: 'BAD_OPTION',
            messageVi: `Tùy chọn --rule "${r}" không hợp lệ (dạng đúng: <mã quy tắc>=on hoặc =off).`,
            detail: `--rule ${r}`,
          });
        adjustments[m[1]!] = m[2] === 'on';
      }
      let subordinates;
      if (opts.subordinateFramework || opts.subordinateResults) {
        if (!opts.subordinateFramework || !opts.subordinateResults)
          throw new ValidationError({
            code: 'BAD_OPTION',
            messageVi: 'Cần cả --subordinate-framework và --subordinate-results.',
            detail: 'both subordinate options are required',
          });
        subordinates = subordinatesOf(evaluateCycle(loadFramework(opts.subordinateFramework), loadResults(opts.subordinateResults)));
      }
      const cycle = evaluateCycle(fw, units, { adjustments, includeLeaves: opts.leaves === true, ...(subordinates && { subordinates }) });
      process.exitCode = cycle.ok ? 0 : 1;
      if (opts.format === 'table')
        writeOut(
          renderTable(
            cycle,
            fw.components.map((c) => c.code),
          ),
        );
      else writeJson(cycle);
      if (!cycle.ok)
        process.stderr.write(
          `Có ${cycle.units.reduce((s, u) => s + u.problems.length, 0)} lỗi trong kết quả chấm:\n` +
            cycle.units.flatMap((u) => u.problems.map((p) => `  ${p.path}  [${p.code}] ${p.message}\n`)).join(''),
        );
    });
}

function renderTable(cycle: CycleEvaluation, codes: string[]): string {
  const d = cycle.decimals;
  const f = (x: Figure | undefined) =>
    x?.value === null || x === undefined ? '—' : formatVi(x.value, d) + (x.origin === 'derived' ? '*' : '');
  const sorted = [...cycle.units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const methods = [...new Set(cycle.units.flatMap((u) => Object.keys(u.byMethod)))] as NodeMethod[];
  const main = table(
    [
      'Hạng',
      'Đơn vị',
      ...codes.map((c) => `LV ${c}`),
      ...methods.map((m) => methodLabelVi(m, 'heading')),
      'Tổng điểm',
      'Chỉ số (%)',
      'Xếp loại',
      'Điểm mất',
    ],
    sorted.map((u) => [
      u.rank ?? '—',
      u.unitName ?? u.unitId,
      ...codes.map((c) => f(u.components.find((x) => x.code === c)?.total)),
      ...methods.map((m) => f(u.byMethod[m])),
      f(u.total),
      f(u.index),
      (u.class?.label ?? '—') + (u.class && u.class.code !== u.class.baseCode ? ` (hạ từ ${u.class.baseLabel})` : ''),
      f(u.lostPoints.total),
    ]),
  );
  const lost = sorted
    .filter((u) => u.lostPoints.items.some((i) => i.method !== 'survey'))
    .map(
      (u) =>
        `\nĐiểm mất — ${u.unitName ?? u.unitId}:\n` +
        table(
          ['Lĩnh vực', 'Mã', 'Tiêu chí', 'Tối đa', 'Đạt', 'Mất', 'Lý do'],
          u.lostPoints.items
            .filter((i) => i.method !== 'survey')
            .flatMap((i) => [
              [i.componentCode, i.code, i.name, formatVi(i.max, d, false), formatVi(i.achieved, d), formatVi(i.lost, d), i.reason ?? ''],
              ...(i.items ?? []).map((x) => ['', '', `  • ${x.name}`, '', '', formatVi(x.points, d), x.reason ?? '']),
            ]),
        ),
    )
    .join('');
  const notes = cycle.units.some((u) => Object.values(u.byMethod).some((x) => x?.origin === 'derived'))
    ? '\n* số suy ra (tổng được công bố trừ phần đã biết), không tính trực tiếp từ tiêu chí.'
    : '';
  return main + lost + notes;
}
