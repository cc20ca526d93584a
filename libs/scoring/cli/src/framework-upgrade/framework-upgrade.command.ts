import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { upgradeFramework, type UpgradeResult } from '@par/scoring';
import { failureError } from '../io/exit-codes';
import { frameworkCommand, problemLine } from '../io/framework-command';
import { wantsJson } from '../io/json-mode';
import { writeErr, writeJson, writeOut } from '../io/output';
import { formatOf, readText } from '../io/read-input';

const HELP = `
Ví dụ:
  par framework upgrade bo-tieu-chi-2023.yaml                 # ghi đè tệp
  par framework upgrade bo-tieu-chi-2023.yaml -o moi.yaml     # ghi ra tệp khác
  par framework upgrade bo-tieu-chi-2023.json -o - --json     # nội dung ra stdout, báo cáo dạng JSON trên stderr

Tệp được sửa tại chỗ: chú thích, thứ tự trường và cách trình bày giữ nguyên; chỉ các chỗ cần đổi được viết lại.
Tệp không hợp lệ không được ghi (mọi lỗi được liệt kê dạng tệp:dòng:cột).

Mã thoát: 0 đã nâng cấp hoặc đã ở phiên bản mới nhất, 1 tệp không hợp lệ, 2 dùng sai lệnh, 3 không đọc/ghi được tệp.`;

/** `par framework upgrade FILE [-o OUT]`: rewrites a framework file into the current format version. */
export function registerFrameworkUpgrade(program: Command): void {
  frameworkCommand(program)
    .command('upgrade')
    .description('Chuyển tệp bộ tiêu chí sang định dạng phiên bản mới nhất và cho biết đã thay đổi gì')
    .argument('<file>', 'tệp bộ tiêu chí (.yaml, .yml, .json)')
    .option('-o, --output <out>', 'tệp kết quả ("-" = stdout); mặc định ghi đè tệp vào')
    .addHelpText('after', HELP)
    .action((file: string, opts: { output?: string }, cmd: Command) => {
      const r = upgradeFramework(readText(file), formatOf(file) === 'json' ? 'json' : 'yaml');
      const out = opts.output ?? file;
      process.exitCode = r.ok ? 0 : 1;
      if (r.ok && (r.changes.length > 0 || out !== file)) writeResult(out, r.text!);
      report(file, out, r, wantsJson(cmd));
    });
}

function writeResult(out: string, text: string): void {
  if (out === '-') return void process.stdout.write(text);
  try {
    writeFileSync(out, text, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw failureError('FILE_NOT_WRITABLE', `Không ghi được tệp "${out}" (${code}).`, `Cannot write ${out}: ${code}`, e);
  }
}

/** What changed, in Vietnamese (stderr when the framework itself goes to stdout), or the JSON report. */
function report(file: string, out: string, r: UpgradeResult, json: boolean): void {
  const say = out === '-' ? writeErr : writeOut;
  if (json) {
    const body = {
      ok: r.ok,
      fromVersion: r.fromVersion,
      toVersion: r.toVersion,
      output: r.ok ? out : null,
      changes: r.changes,
      problems: r.problems,
    };
    return out === '-' ? writeErr(JSON.stringify(body, null, 2)) : writeJson(body);
  }
  if (!r.ok) {
    say(`Không nâng cấp được "${file}": tệp không hợp lệ (${r.problems.length} lỗi); chưa ghi gì.`);
    return say(r.problems.map((p) => problemLine(file, p)).join('\n'));
  }
  const where = out === '-' ? 'stdout' : `"${out}"`;
  if (r.changes.length === 0)
    return say(
      `Tệp "${file}" đã ở định dạng phiên bản ${r.toVersion}: không có gì thay đổi.` + (out !== file ? ` Đã chép sang ${where}.` : ''),
    );
  say(`Đã chuyển "${file}" từ định dạng phiên bản ${r.fromVersion} sang ${r.toVersion}, ghi vào ${where}:`);
  say(r.changes.map((c) => `  - ${c.path}: ${c.message}`).join('\n'));
}
