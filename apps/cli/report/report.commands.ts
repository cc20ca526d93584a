import { writeFile, readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { VIETNAM_TIME_ZONE, formatNumberVi } from '@par/kernel';
import { evaluateCycle, subordinatesOf } from '@par/scoring';
import { failureError, loadFramework, loadResults, table, usageError, wantsJson } from '@par/scoring-cli';
import { buildRankingReport, readTableFile, reconcileTables, renderReport, type ReportFormat } from '@par/reporting-documents';
import { fetchReport, type GatewayOptions } from './gateway-report';

const FORMATS = ['docx', 'xlsx', 'pdf'];
const FILE_FIELDS = 'filename mediaType sizeBytes sha256 contentBase64';
const HEADER_HELP = '--number "Số: 15/BC-SNV" --superior "UBND tỉnh Thái Nguyên" --issuer "Sở Nội vụ" --place "Thái Nguyên"';

const EXAMPLES = `
Ví dụ:
  PAR_TOKEN=... par report ranking --cycle 2025-district --unit-type district --format docx -o xep-hang.docx
  PAR_TOKEN=... par report unit --cycle 2025-district --unit u1 --format pdf -o phan-tich-u1.pdf
  par report ranking --framework examples/frameworks/bac-kan-2023-district.yaml \\
    --results examples/results/bac-kan-2023-districts.json \\
    --subordinate-framework examples/frameworks/bac-kan-2023-commune.yaml \\
    --subordinate-results examples/results/bac-kan-2023-communes.csv --format pdf -o bac-kan-2023.pdf
  par report reconcile examples/reports/bac-kan-2023-communes-ranking.csv \\
    --framework examples/frameworks/bac-kan-2023-commune.yaml

Báo cáo của hệ thống lấy qua cổng GraphQL (PAR_GATEWAY_URL, mặc định http://127.0.0.1:4000/graphql) với mã
truy cập trong PAR_TOKEN hoặc --token-file. Phần đầu văn bản: ${HEADER_HELP}.
Mã thoát: 0 thành công / không có mâu thuẫn; 1 có mâu thuẫn hoặc bị từ chối; 2 dùng sai lệnh; 3 không thực hiện được.`;

interface HeaderOpts {
  number?: string;
  superior?: string;
  issuer?: string;
  place?: string;
  signerTitle?: string;
  signerName?: string;
}
const headerOptions = (c: Command) =>
  c
    .option('--number <text>', 'số, ký hiệu văn bản, ví dụ "Số: 15/BC-SNV"')
    .option('--superior <text>', 'cơ quan chủ quản')
    .option('--issuer <text>', 'cơ quan ban hành (mặc định Sở Nội vụ)')
    .option('--place <text>', 'địa danh')
    .option('--signer-title <text>', 'chức vụ người ký')
    .option('--signer-name <text>', 'họ tên người ký');
const gatewayOptions = (c: Command) =>
  c.option('--url <url>', 'địa chỉ cổng GraphQL').option('--token-file <file>', 'tệp chứa mã truy cập');
const formatOption = () => new Option('--format <format>', 'định dạng').choices(FORMATS).default('docx');
const pick = (h: HeaderOpts) =>
  Object.fromEntries(
    Object.entries(h).filter(
      ([k, v]) => v !== undefined && ['number', 'superior', 'issuer', 'place', 'signerTitle', 'signerName'].includes(k),
    ),
  );

async function save(output: string, bytes: Uint8Array, meta: { filename: string; sha256: string }, cmd: Command): Promise<void> {
  try {
    await writeFile(output, bytes);
  } catch (e) {
    throw failureError('OUTPUT_UNWRITABLE', `Không ghi được tệp "${output}".`, String(e), e);
  }
  if (wantsJson(cmd))
    process.stdout.write(
      JSON.stringify({ ok: true, output, filename: meta.filename, sizeBytes: bytes.byteLength, sha256: meta.sha256 }, null, 2) + '\n',
    );
  else process.stdout.write(`Đã ghi ${output} (${formatNumberVi(bytes.byteLength, 0)} byte, SHA-256 ${meta.sha256}).\n`);
}

/** Offline: a ranking report from a framework and published results files (earlier years, before the platform). */
async function offlineRanking(o: Record<string, string | undefined> & HeaderOpts) {
  const fw = loadFramework(o['framework']!);
  const units = loadResults(o['results']!).units;
  let subordinates;
  if (o['subordinateFramework'] && o['subordinateResults'])
    subordinates = subordinatesOf(evaluateCycle(loadFramework(o['subordinateFramework']), loadResults(o['subordinateResults']).units));
  const evaluation = evaluateCycle(fw, units, { includeLeaves: true, ...(subordinates && { subordinates }) });
  const year = fw.year ?? fw.period.from;
  const date = o['date'] ?? new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE }).format(new Date());
  const header = {
    issuer: o.issuer ?? 'Sở Nội vụ',
    number: o.number ?? 'Số:        /BC-SNV',
    place: o.place ?? '',
    date,
    ...((o.superior ?? fw.decision.issuer) && { superior: o.superior ?? fw.decision.issuer! }),
    signerTitle: o.signerTitle ?? 'Giám đốc',
    ...(o.signerName && { signerName: o.signerName }),
  };
  return buildRankingReport({
    header,
    framework: fw,
    evaluation,
    cycle: { id: o['cycle'] ?? `${year}-${fw.unitType}`, name: fw.name, year, unitType: fw.unitType },
  });
}

function registerRanking(report: Command): void {
  const c = report
    .command('ranking')
    .description('Báo cáo kết quả xếp hạng, phân loại Chỉ số CCHC (DOCX, XLSX, PDF)')
    .option('--cycle <id>', 'kỳ đánh giá')
    .option('--unit-type <type>', 'loại đơn vị của kỳ (district, commune, department)')
    .option('--framework <file>', 'không qua hệ thống: tệp bộ tiêu chí')
    .option('--results <file>', 'không qua hệ thống: tệp kết quả đã công bố (JSON/CSV)')
    .option('--subordinate-framework <file>', 'bộ tiêu chí cấp dưới (quy tắc 2/3)')
    .option('--subordinate-results <file>', 'kết quả cấp dưới')
    .option('--date <yyyy-mm-dd>', 'ngày văn bản (không qua hệ thống; mặc định hôm nay)')
    .addOption(formatOption())
    .requiredOption('-o, --output <file>', 'tệp ghi ra');
  gatewayOptions(headerOptions(c)).action(async (o: Record<string, string> & HeaderOpts & GatewayOptions, cmd: Command) => {
    const format = o['format']!.toUpperCase() as ReportFormat;
    if (o['framework'] || o['results']) {
      if (!o['framework'] || !o['results'])
        throw usageError('BAD_OPTION', 'Cần cả --framework và --results.', 'offline mode needs --framework and --results');
      const file = await renderReport(await offlineRanking(o), format);
      return save(o['output']!, file.bytes, file, cmd);
    }
    if (!o['cycle'] || !o['unitType'])
      throw usageError('BAD_OPTION', 'Cần --cycle và --unit-type (hoặc --framework và --results).', 'missing --cycle/--unit-type');
    const query = `query($c: ID!, $t: String!, $f: ReportFormat!, $h: ReportHeaderInput) { rankingReport(cycleId: $c, unitType: $t, format: $f, header: $h) { ${FILE_FIELDS} } }`;
    const { file, bytes } = await fetchReport(o, 'rankingReport', query, { c: o['cycle'], t: o['unitType'], f: format, h: pick(o) });
    return save(o['output']!, bytes, file, cmd);
  });
}

function registerUnit(report: Command): void {
  const c = report
    .command('unit')
    .description('Báo cáo phân tích kết quả Chỉ số CCHC của một đơn vị (DOCX, XLSX, PDF)')
    .requiredOption('--cycle <id>', 'kỳ đánh giá')
    .requiredOption('--unit <id>', 'mã đơn vị')
    .addOption(formatOption())
    .requiredOption('-o, --output <file>', 'tệp ghi ra');
  gatewayOptions(headerOptions(c)).action(async (o: Record<string, string> & HeaderOpts & GatewayOptions, cmd: Command) => {
    const query = `query($c: ID!, $u: ID!, $f: ReportFormat!, $h: ReportHeaderInput) { unitAnalysisReport(cycleId: $c, unitId: $u, format: $f, header: $h) { ${FILE_FIELDS} } }`;
    const { file, bytes } = await fetchReport(o, 'unitAnalysisReport', query, {
      c: o['cycle'],
      u: o['unit'],
      f: o['format']!.toUpperCase(),
      h: pick(o),
    });
    return save(o['output']!, bytes, file, cmd);
  });
}

function registerReconcile(report: Command): void {
  report
    .command('reconcile')
    .description('Đối chiếu bảng kết quả đã công bố (CSV/XLSX, nhập tay) với bộ tiêu chí; liệt kê mọi chỗ mâu thuẫn')
    .argument('<files...>', 'tệp .csv (dấu phẩy, chấm phẩy, tab) hoặc .xlsx (mỗi sheet một bảng)')
    .requiredOption('--framework <file>', 'tệp bộ tiêu chí của bảng')
    .addOption(
      new Option('--method <method>', 'loại điểm của bảng theo lĩnh vực')
        .choices(['survey', 'appraised', 'satisfaction', 'indicator', 'total'])
        .default('survey'),
    )
    .action(async (files: string[], o: { framework: string; method: 'survey' }, cmd: Command) => {
      const fw = loadFramework(o.framework);
      const sheets = [];
      for (const f of files) {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(f));
        } catch (e) {
          throw failureError('FILE_UNREADABLE', `Không đọc được tệp "${f}".`, String(e), e);
        }
        sheets.push(...(await readTableFile(bytes, f)));
      }
      const r = reconcileTables(sheets, fw, { method: o.method });
      process.exitCode = r.ok ? 0 : 1;
      if (wantsJson(cmd)) return void process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      printReconciliation(r);
    });
}

function printReconciliation(r: ReturnType<typeof reconcileTables>): void {
  const out = (s: string) => process.stdout.write(s + '\n');
  for (const p of r.problems) out(`${p.sheet}${p.row ? `, dòng ${p.row}` : ''}: ${p.message} [${p.code}]`);
  out(
    r.contradictions.length
      ? `Phát hiện ${r.contradictions.length} mâu thuẫn (${r.checks} phép kiểm tra):`
      : `Không phát hiện mâu thuẫn (${r.checks} phép kiểm tra).`,
  );
  if (r.contradictions.length)
    out(
      table(
        ['STT', 'Loại', 'Vị trí', 'Nội dung'],
        r.contradictions.map((c, i) => [i + 1, c.code, c.place, c.message]),
      ),
    );
  if (r.notes.length) out(`Ghi chú (chưa kiểm tra được):\n${r.notes.map((n) => `  ${n.place}: ${n.message}`).join('\n')}`);
}

/** `par report ranking|unit|reconcile`: the province's reports as files, and the check of hand-typed tables. */
export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description('Báo cáo: xếp hạng, phân tích đơn vị (DOCX, XLSX, PDF); đối chiếu bảng đã công bố')
    .addHelpText('after', EXAMPLES);
  registerRanking(report);
  registerUnit(report);
  registerReconcile(report);
}
