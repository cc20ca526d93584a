import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { provinceId, type ProvinceId, type RequestContext } from '@par/kernel';
import { importResponseFile, issueSurveyTokens, MAX_RESPONSE_FILE_BYTES, surveysService, type ImportProgress } from '@par/service-surveys';
import { failureError, table, usageError, wantsJson } from '@par/scoring-cli';
import { withDatabase } from '../cli-support';

const EXAMPLES = `
Ví dụ:
  par surveys import --campaign xhh-2025 --province bac-kan phieu-khao-sat.xlsx
  par surveys import --campaign xhh-2025 --province bac-kan phieu.csv --json
  par surveys tokens --campaign xhh-2025 --province bac-kan --group nguoi-dan --count 20 -o ma-khao-sat.csv

Tệp phiếu: cột Mã người trả lời, Nhóm, Mã đơn vị và một cột cho mỗi mã câu hỏi (q1, q2…); CSV UTF-8 (dấu phẩy,
chấm phẩy hoặc tab) hoặc XLSX. Có lỗi ở bất kỳ dòng nào thì không nhập dòng nào (mã thoát 1). Nhập lại cùng tệp
không thay đổi gì; tệp đã sửa chỉ ghi các phiếu đã sửa. Kết nối PostgreSQL theo PAR_PG_URL / PAR_PG_SYSTEM_URL / PAR_PG_OWNER_URL.`;

const STAGES: Record<Parameters<ImportProgress>[0], string> = { read: 'Đọc tệp', check: 'Kiểm tra', write: 'Ghi phiếu', done: 'Xong' };

function province(value: string): ProvinceId {
  try {
    return provinceId(value);
  } catch {
    throw usageError('BAD_OPTION', `--province "${value}" không hợp lệ (ví dụ bac-kan).`, `--province ${value}`);
  }
}

const cliContext = (p: ProvinceId, what: string): RequestContext => ({
  province: p,
  actor: { id: 'par-cli', name: `par surveys ${what} (${userInfo().username})`, roles: ['survey_operator'] },
  correlationId: randomUUID(),
});

/** A progress bar on stderr, only on a terminal and without --json. */
function progressBar(enabled: boolean): { update: ImportProgress; stop(): void } {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (stage, done, total) => {
      if (!started) bar.start(Math.max(total, 1), done, { stage: STAGES[stage] });
      started = true;
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { stage: STAGES[stage] });
    },
    stop: () => started && bar.stop(),
  };
}

function readFile(file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw failureError('FILE_NOT_READABLE', `Không tìm thấy hoặc không đọc được tệp "${file}".`, `Cannot stat ${file}`, e);
  }
  if (size > MAX_RESPONSE_FILE_BYTES) throw usageError('FILE_TOO_LARGE', `Tệp "${file}" quá lớn (tối đa 20 MB).`, `${size} bytes`);
  return readFileSync(file);
}

type ImportOpts = { campaign: string; province: string };
async function importAction(file: string, opts: ImportOpts, cmd: Command): Promise<void> {
  const p = province(opts.province);
  const json = wantsJson(cmd);
  const bytes = readFile(file);
  const bar = progressBar(!json && process.stderr.isTTY === true);
  const result = await withDatabase((db) =>
    importResponseFile(
      { store: surveysService.openStore!(db), db, ctx: cliContext(p, 'import'), now: new Date() },
      { campaignId: opts.campaign, fileName: basename(file), bytes },
      bar.update,
    ),
  ).finally(() => bar.stop());
  if (json) process.stdout.write(JSON.stringify({ file, province: p, ...result }, null, 2) + '\n');
  else if (result.problems.length) {
    process.stdout.write(`Tệp có ${result.problems.length} lỗi; không nhập dòng nào.\n`);
    process.stdout.write(
      table(
        ['Sheet', 'Dòng', 'Cột', 'Lỗi', 'Mã lỗi'],
        result.problems.map((x) => [x.sheet ?? '', x.row === null ? '' : String(x.row), x.column ?? '', x.messageVi, x.code]),
      ) + '\n',
    );
  } else process.stdout.write(`Đã ghi ${result.imported} phiếu mới hoặc đã sửa; ${result.unchanged} phiếu đã có sẵn, không đổi.\n`);
  if (result.problems.length) process.exitCode = 1;
}

type TokenOpts = { campaign: string; province: string; group: string; count: string; unit?: string; expires?: string; output: string };
async function tokensAction(opts: TokenOpts, cmd: Command): Promise<void> {
  const p = province(opts.province);
  const count = Number(opts.count);
  if (!Number.isInteger(count) || count < 1)
    throw usageError('BAD_OPTION', `--count "${opts.count}" phải là số nguyên dương.`, `--count ${opts.count}`);
  const issued = await withDatabase((db) =>
    issueSurveyTokens(
      { store: surveysService.openStore!(db), db, ctx: cliContext(p, 'tokens'), now: new Date() },
      { campaignId: opts.campaign, group: opts.group, count, unitId: opts.unit ?? null, expiresAt: opts.expires ?? null },
    ),
  );
  writeFileSync(opts.output, issued.csv, { mode: 0o600 });
  const summary = {
    campaignId: issued.campaignId,
    group: issued.group,
    count: issued.count,
    expiresAt: issued.expiresAt,
    output: opts.output,
  };
  if (wantsJson(cmd)) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else
    process.stdout.write(
      `Đã cấp ${issued.count} mã cho nhóm ${issued.group}; đường dẫn trong ${opts.output} (hạn dùng ${issued.expiresAt}).\n`,
    );
}

/** `par surveys import|tokens`: straight into the surveys event store (the same use cases as GraphQL). */
export function registerSurveysCommands(program: Command): void {
  const surveys = program.command('surveys').description('Khảo sát (điều tra XHH, SIPAS): nhập phiếu, cấp mã trả lời trực tuyến');
  surveys
    .command('import')
    .description('Nhập phiếu khảo sát từ tệp CSV/XLSX (báo mọi dòng lỗi; không nhập gì nếu có lỗi)')
    .argument('<file>', 'tệp .csv (UTF-8) hoặc .xlsx')
    .requiredOption('--campaign <id>', 'mã đợt khảo sát')
    .requiredOption('--province <province>', 'mã tỉnh, ví dụ bac-kan')
    .addHelpText('after', EXAMPLES)
    .action(importAction);
  surveys
    .command('tokens')
    .description('Cấp mã trả lời trực tuyến dùng một lần; ghi tệp CSV đường dẫn để gửi qua e-mail/Zalo')
    .requiredOption('--campaign <id>', 'mã đợt khảo sát')
    .requiredOption('--province <province>', 'mã tỉnh, ví dụ bac-kan')
    .requiredOption('--group <code>', 'mã nhóm đối tượng')
    .requiredOption('--count <n>', 'số mã cho mỗi đơn vị')
    .option('--unit <unitId>', 'chỉ cho một đơn vị (mặc định: mọi đơn vị nhóm đánh giá)')
    .option('--expires <iso>', 'hạn dùng (ISO 8601; mặc định 30 ngày)')
    .requiredOption('-o, --output <file>', 'tệp CSV ghi đường dẫn')
    .addHelpText('after', EXAMPLES)
    .action(tokensAction);
}
