import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ParError } from '@par/kernel';
import { EXIT, exitCodeOf, registerScoringCommands } from '@par/scoring-cli';
import { localise, vietnameseError } from './localise';
import { registerFrameworkAnnexCommands } from './framework-annex.commands';

export { exitQuietlyOnBrokenPipe } from './broken-pipe';

const EXAMPLES = `
Ví dụ:
  par framework validate examples/frameworks/bac-kan-2023-district.yaml
  par framework upgrade bo-tieu-chi-cu.yaml -o bo-tieu-chi.yaml
  par framework import examples/frameworks/bac-kan-2023-district.annex.xlsx -o bac-kan-district.yaml
  par framework export examples/frameworks/bac-kan-2023-commune.yaml -o mau-phu-luc.xlsx
  par score --framework examples/frameworks/bac-kan-2023-commune.yaml \\
    --results examples/results/bac-kan-2023-communes.csv --format table
  par reconcile --framework examples/frameworks/bac-kan-2023-district.yaml \\
    examples/frameworks/bac-kan-2023-commune.yaml --report examples/reports/bac-kan-2023.yaml --json
  par report reconcile examples/reports/bac-kan-2023-communes-ranking.csv \\
    --framework examples/frameworks/bac-kan-2023-commune.yaml
  par verify --province bac-kan
  par audit export --province bac-kan --cycle 2025-district --format csv -o lich-su.csv
  par surveys import --campaign xhh-2025 --province bac-kan phieu.xlsx
  par help score

Mã thoát: 0 không có lỗi; 1 phát hiện lỗi (dữ liệu không hợp lệ, báo cáo mâu thuẫn, chuỗi băm hỏng);
2 dùng sai lệnh (tùy chọn không có, giá trị sai); 3 không thực hiện được (không đọc được tệp,
không kết nối được cơ sở dữ liệu). --json cho kết quả và lỗi dạng JSON trên stdout, cùng mã thoát.`;

/** Commands that need the platform (PostgreSQL, services' registries): loaded only when one of them runs. */
const PLATFORM_COMMANDS: { name: string; description: string; load: () => Promise<(p: Command) => void> }[] = [
  {
    name: 'projections',
    description: 'Các bảng đọc (projection): liệt kê, dựng lại từ kho sự kiện',
    load: async () => (await import('./projections.commands')).registerProjectionCommands,
  },
  {
    name: 'report',
    description: 'Báo cáo xếp hạng, phân tích đơn vị (DOCX, XLSX, PDF); đối chiếu bảng kết quả đã công bố (CSV/XLSX)',
    load: async () => (await import('./report/report.commands')).registerReportCommands,
  },
  {
    name: 'units',
    description: 'Danh mục đơn vị: nhập từ tệp CSV/XLSX (mã, hiệu lực, hình thành từ)',
    load: async () => (await import('./units/units.commands')).registerUnitsCommands,
  },
  {
    name: 'audit',
    description: 'Lịch sử kiểm toán của kỳ đánh giá: xuất ra tệp CSV/JSON kèm mã băm từng sự kiện',
    load: async () => (await import('./audit/audit.commands')).registerAuditCommands,
  },
  {
    name: 'surveys',
    description: 'Khảo sát (XHH, SIPAS): nhập phiếu từ CSV/XLSX, cấp mã trả lời trực tuyến dùng một lần',
    load: async () => (await import('./surveys/surveys.commands')).registerSurveysCommands,
  },
  {
    name: 'tenant',
    description: 'Tỉnh (tenant): tạo realm Keycloak, liệt kê, tạm dừng, bật lại',
    load: async () => (await import('./tenant/tenant.commands')).registerTenantCommands,
  },
  {
    name: 'verify',
    description: 'Kiểm tra chuỗi băm (hash chain) của kho sự kiện; báo mắt xích hỏng đầu tiên (mã thoát 1 nếu hỏng)',
    load: async () => (await import('./verify.commands')).registerVerifyCommand,
  },
];

/** The version in package.json (source tree: apps/cli; build: dist/apps/cli). */
function packageVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'par-index' && pkg.version) return pkg.version;
    } catch {
      // not this one
    }
  }
  return '0.0.0';
}

/** The root command, localised, with the offline commands; platform commands as stubs or, when `full`, for real. */
function rootCommand(): Command {
  const program = localise(new Command('par'))
    .description('PAR Index platform — công cụ dòng lệnh cho chỉ số cải cách hành chính')
    .version(`par ${packageVersion()} (Node.js ${process.version})`, '-V, --version', 'in số phiên bản')
    .option('--json', 'kết quả (và lỗi) dạng JSON cho chương trình đọc; mã thoát không đổi')
    .exitOverride();
  registerScoringCommands(program);
  registerFrameworkAnnexCommands(program);
  return program;
}

function buildProgram(argv: string[]): Command {
  const program = rootCommand().addHelpText('after', EXAMPLES);
  for (const c of PLATFORM_COMMANDS) {
    program
      .command(c.name)
      .description(c.description)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .action(async () => {
        // Nest, Kafka clients and database drivers load here only, so offline commands start fast.
        const full = rootCommand();
        (await c.load())(full);
        await full.parseAsync(argv);
      });
  }
  return program;
}

/** Entry of `npx par`. Returns the process exit code (0 ok, 1 findings, 2 usage, 3 failure). */
export async function main(argv: string[]): Promise<number> {
  const json = argv.slice(2).includes('--json');
  const [first, ...rest] = argv.slice(2);
  // `par help verify`: the stub has no help of its own; ask the real command.
  if (first === 'help' && PLATFORM_COMMANDS.some((c) => c.name === rest[0])) argv = [...argv.slice(0, 2), ...rest, '--help'];
  try {
    await buildProgram(argv).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    return reportError(e, json);
  }
}

function reportError(e: unknown, json: boolean): number {
  if (e instanceof CommanderError) {
    const code = ['commander.helpDisplayed', 'commander.version'].includes(e.code) ? EXIT.ok : EXIT.usage;
    if (json && code !== EXIT.ok) writeJsonError({ code: 'USAGE', message: vietnameseError(e.message), detail: e.code }, code);
    return code;
  }
  const code = exitCodeOf(e);
  const error =
    e instanceof ParError
      ? { code: e.code, message: e.messageVi, detail: e.detail, ...(e.meta && stripExitCode(e.meta)) }
      : { code: 'FAILED', message: e instanceof Error ? e.message : String(e), detail: e instanceof Error ? e.name : 'error' };
  process.stderr.write(`${error.message}${e instanceof ParError ? ` [${e.code}]` : ''}\n`);
  if (json) writeJsonError(error, code);
  return code;
}

const stripExitCode = (meta: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(meta).filter(([k]) => k !== 'exitCode'));

function writeJsonError(error: Record<string, unknown>, exitCode: number): void {
  process.stdout.write(JSON.stringify({ ok: false, error, exitCode }, null, 2) + '\n');
}
