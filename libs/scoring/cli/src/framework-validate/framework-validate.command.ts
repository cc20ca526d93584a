import { Option, type Command } from 'commander';
import { CURRENT_SCHEMA_VERSION, isClassified, leavesOf, parseFramework } from '@par/scoring';
import { formatOf, readText } from '../io/read-input';
import { viNumber, writeJson, writeOut } from '../io/output';
import { frameworkCommand, problemLine } from '../io/framework-command';
import { wantsJson } from '../io/json-mode';

/** `par framework validate FILE`: every problem as `file:line:column`, with its path; exit 1 when invalid. */
export function registerFrameworkValidate(program: Command): void {
  frameworkCommand(program)
    .command('validate')
    .description('Kiểm tra tệp bộ tiêu chí (YAML/JSON) và liệt kê mọi lỗi kèm vị trí (tệp:dòng:cột)')
    .argument('<file>', 'tệp bộ tiêu chí (.yaml, .yml, .json)')
    .addOption(new Option('--format <format>', 'định dạng đầu ra').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nVí dụ:\n  par framework validate examples/frameworks/bac-kan-2023-district.yaml\n  par framework validate bo-tieu-chi.json --json\n\nMã thoát: 0 hợp lệ, 1 không hợp lệ, 2 dùng sai lệnh, 3 không đọc được tệp.',
    )
    .action((file: string, opts: { format: string }, cmd: Command) => {
      const r = parseFramework(readText(file), formatOf(file) === 'json' ? 'json' : 'yaml');
      process.exitCode = r.ok ? 0 : 1;
      if (opts.format === 'json' || wantsJson(cmd)) return writeJson(r.ok ? { ok: true, problems: [] } : r);
      if (r.ok) {
        const f = r.framework!;
        const leaves = leavesOf(f);
        writeOut(
          `Bộ tiêu chí hợp lệ: ${f.name}\n` +
            `  ${f.id} — phiên bản ${f.version}, ${f.components.length} lĩnh vực, ${leaves.length} nút chấm điểm, tổng ${viNumber(f.totalMax)} điểm` +
            (f.detail === 'partial' ? '\n  Lưu ý: bộ tiêu chí chưa có đầy đủ chi tiết tiêu chí (detail: partial).' : '') +
            (isClassified(f) ? '' : `\n  Không xếp loại: bộ tiêu chí không có mức xếp loại, đơn vị chỉ được xếp hạng.`) +
            (f.schemaVersion < CURRENT_SCHEMA_VERSION
              ? `\n  Định dạng phiên bản ${f.schemaVersion}; "par framework upgrade ${file}" chuyển sang phiên bản ${CURRENT_SCHEMA_VERSION}.`
              : ''),
        );
        return;
      }
      writeOut(`Bộ tiêu chí "${file}" không hợp lệ: ${r.problems.length} lỗi.`);
      writeOut(r.problems.map((p) => problemLine(file, p)).join('\n'));
    });
}
