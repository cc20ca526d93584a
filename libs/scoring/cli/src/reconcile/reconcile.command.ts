import { Option, type Command } from 'commander';
import { ValidationError } from '@par/kernel';
import { parseReport, reconcileReport } from '@par/scoring';
import { formatOf, loadFramework, readText } from '../io/read-input';
import { table, viNumber, writeJson, writeOut } from '../io/output';
import { wantsJson } from '../io/json-mode';

/** `par reconcile --framework FILE --report FILE`: every contradiction of a published report; exit 1 if any. */
export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description('Đối chiếu một báo cáo đã công bố với bộ tiêu chí và liệt kê mọi chỗ mâu thuẫn')
    .requiredOption('--framework <file...>', 'tệp bộ tiêu chí (có thể nhiều tệp: cấp huyện, cấp xã)')
    .requiredOption('--report <file>', 'tệp báo cáo đã công bố (.yaml/.json)')
    .addOption(new Option('--format <format>', 'định dạng đầu ra').choices(['json', 'table']).default('table'))
    .addHelpText(
      'after',
      '\nVí dụ:\n  par reconcile --framework examples/frameworks/bac-kan-2023-district.yaml \\\n    examples/frameworks/bac-kan-2023-commune.yaml --report examples/reports/bac-kan-2023.yaml\n\nMã thoát: 0 không có mâu thuẫn, 1 có mâu thuẫn, 2 dùng sai lệnh, 3 không đọc được tệp.',
    )
    .action((opts: { framework: string[]; report: string; format: string }, cmd: Command) => {
      const frameworks = opts.framework.map(loadFramework);
      const parsed = parseReport(readText(opts.report), formatOf(opts.report) === 'json' ? 'json' : 'yaml');
      if (!parsed.ok)
        throw new ValidationError({
          code: 'REPORT_INVALID',
          messageVi: `Tệp báo cáo "${opts.report}" không hợp lệ:\n${parsed.problems.map((p) => `  ${p.path}  ${p.message}`).join('\n')}`,
          detail: `${parsed.problems.length} problems`,
        });
      const r = reconcileReport(parsed.report!, frameworks);
      process.exitCode = r.ok ? 0 : 1;
      if (opts.format === 'json' || wantsJson(cmd)) return writeJson(r);
      writeOut(
        r.ok
          ? `Không phát hiện mâu thuẫn (${r.checks} phép kiểm tra).`
          : `Phát hiện ${r.contradictions.length} mâu thuẫn (${r.checks} phép kiểm tra):`,
      );
      if (!r.ok)
        writeOut(
          table(
            ['STT', 'Loại', 'Vị trí', 'Mức chênh', 'Nội dung'],
            r.contradictions.map((c, i) => [i + 1, c.code, c.place, c.size === undefined ? '' : viNumber(c.size), c.message]),
          ),
        );
      if (r.notes.length > 0) writeOut(`Ghi chú (chưa kiểm tra được):\n${r.notes.map((n) => `  ${n.place}: ${n.message}`).join('\n')}`);
    });
}
