import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { ValidationError } from '@par/kernel';
import { parseFramework, type Framework } from '@par/scoring';
import { EXIT, failureError, frameworkCommand, table, usageError, wantsJson } from '@par/scoring-cli';

/** A framework file (YAML or JSON); its problems with their paths (exit 1) when it is not valid. */
function loadFramework(file: string): Framework {
  const r = parseFramework(new TextDecoder().decode(readBytes(file)).replace(/^\uFEFF/, ''), /\.json$/i.test(file) ? 'json' : 'yaml');
  if (r.ok) return r.framework!;
  throw new ValidationError({
    code: 'FRAMEWORK_INVALID',
    messageVi: `Bộ tiêu chí "${file}" không hợp lệ (${r.problems.length} lỗi):\n${r.problems.map((p) => `  ${p.path}  [${p.code}] ${p.message}`).join('\n')}`,
    detail: `${file}: ${r.problems.length} problems`,
    meta: { problems: r.problems },
  });
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw failureError(
      'FILE_NOT_READABLE',
      code === 'ENOENT' ? `Không tìm thấy tệp "${file}".` : `Không đọc được tệp "${file}" (${code ?? 'lỗi'}).`,
      `Cannot read ${file}: ${code ?? String(e)}`,
      e,
    );
  }
}

function writeFile(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw failureError('FILE_NOT_WRITABLE', `Không ghi được tệp "${file}".`, `Cannot write ${file}: ${String(e)}`, e);
  }
}

const out = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : s + '\n');

interface ImportOpts {
  id?: string;
  name?: string;
  unitType?: string;
  province?: string;
  output?: string;
  maxMb?: string;
}

async function importAction(file: string, opts: ImportOpts, cmd: Command): Promise<void> {
  const maxMb = opts.maxMb === undefined ? undefined : Number(opts.maxMb);
  if (maxMb !== undefined && !(maxMb > 0))
    throw usageError('USAGE', `--max-mb phải là số dương, không phải "${opts.maxMb}".`, 'bad --max-mb');
  const bytes = readBytes(file);
  // exceljs and the annex reader load only when this command runs: `par --help` stays light
  const { importAnnex } = await import('@par/frameworks-annex');
  const r = await importAnnex(bytes, file, {
    ...(opts.id && { id: opts.id }),
    ...(opts.name && { name: opts.name }),
    ...(opts.unitType && { unitType: opts.unitType }),
    ...(opts.province && { province: opts.province }),
    ...(maxMb !== undefined && { maxBytes: Math.round(maxMb * 1024 * 1024) }),
  });
  const json = wantsJson(cmd);
  if (!r.ok) {
    process.exitCode = EXIT.findings;
    if (json) return out(JSON.stringify({ ok: false, problems: r.problems }, null, 2));
    out(`Phụ lục "${file}" có ${r.problems.length} lỗi; không nhập gì (sửa hết các lỗi rồi nhập lại).`);
    out(
      table(
        ['Trang', 'Dòng', 'Cột', 'Mã lỗi', 'Nội dung'],
        r.problems.map((p) => [p.sheet ?? '', p.row ?? '', p.column ?? '', p.code, p.message]),
      ),
    );
    return;
  }
  const yaml = stringify(r.framework, { lineWidth: 0 });
  if (opts.output) writeFile(opts.output, yaml);
  if (json) return out(JSON.stringify({ ok: true, framework: r.framework, ...(opts.output && { written: opts.output }) }, null, 2));
  if (opts.output) {
    const f = r.framework;
    out(`Đã nhập bộ tiêu chí "${f.name}" (${f.id}, ${f.components.length} lĩnh vực) vào "${opts.output}".`);
  } else out(yaml);
}

async function exportAction(file: string, opts: { output: string }, cmd: Command): Promise<void> {
  const framework = loadFramework(file);
  const { exportAnnexTemplate } = await import('@par/frameworks-annex');
  writeFile(opts.output, await exportAnnexTemplate(framework));
  if (wantsJson(cmd)) return out(JSON.stringify({ ok: true, written: opts.output }, null, 2));
  out(`Đã xuất mẫu phụ lục của "${framework.name}" ra "${opts.output}".`);
}

/** `par framework import FILE` and `par framework export FRAMEWORK -o TEMPLATE.xlsx` (under the existing `framework`). */
export function registerFrameworkAnnexCommands(program: Command): void {
  const fw = frameworkCommand(program);
  fw.command('import')
    .description('Nhập phụ lục bộ tiêu chí (XLSX hoặc CSV) thành tệp bộ tiêu chí YAML; liệt kê mọi lỗi theo trang, dòng, cột')
    .argument('<file>', 'tệp phụ lục (.xlsx, hoặc .csv phân cách bằng , ; hoặc tab; UTF-8 hoặc UTF-16 có BOM)')
    .option('--id <id>', 'mã bộ tiêu chí (nếu phụ lục không có trang "Thông tin")')
    .option('--name <name>', 'tên bộ tiêu chí')
    .option('--unit-type <type>', 'loại đơn vị: district, commune, department…')
    .option('--province <province>', 'mã tỉnh')
    .option('-o, --output <file>', 'ghi bộ tiêu chí YAML ra tệp này (không ghi gì khi có lỗi)')
    .addOption(new Option('--max-mb <mb>', 'dung lượng tối đa của tệp (MB)').default('10'))
    .addHelpText(
      'after',
      '\nVí dụ:\n  par framework import examples/frameworks/bac-kan-2023-district.annex.xlsx -o bac-kan-district.yaml\n  par framework import phu-luc.csv --id tinh-2026-commune --unit-type commune --json\n\nMã thoát: 0 nhập được, 1 phụ lục có lỗi (không ghi gì), 2 dùng sai lệnh, 3 không đọc/ghi được tệp.\nMẫu phụ lục: docs/framework-annex.md.',
    )
    .action(importAction);
  fw.command('export')
    .description('Xuất bộ tiêu chí (YAML/JSON) ra mẫu phụ lục XLSX để điền, nhập lại được bằng "framework import"')
    .argument('<framework>', 'tệp bộ tiêu chí (.yaml, .json)')
    .requiredOption('-o, --output <file>', 'tệp XLSX ghi ra')
    .addHelpText(
      'after',
      '\nVí dụ:\n  par framework export examples/frameworks/bac-kan-2023-district.yaml -o mau-phu-luc.xlsx\n\nMã thoát: 0 đã xuất, 1 bộ tiêu chí không hợp lệ, 2 dùng sai lệnh, 3 không đọc/ghi được tệp.',
    )
    .action(exportAction);
}
