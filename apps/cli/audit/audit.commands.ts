import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { provinceId, type ProvinceId } from '@par/kernel';
import { assessmentsService, buildAuditExport, type AuditExportFormat } from '@par/service-assessments';
import { failureError, usageError, wantsJson } from '@par/scoring-cli';
import { vi, withDatabase } from '../cli-support';

const EXAMPLES = `
Ví dụ:
  par audit export --province bac-kan --cycle 2025-district --format csv -o lich-su-2025.csv
  par audit export --province bac-kan --cycle 2025-district --unit u1 --format json -o u1.json --json

Tệp gồm mọi sự kiện của kỳ (hoặc của một đơn vị), từng luồng theo phiên bản: thay đổi (cũ → mới), người thực hiện,
thời điểm, lý do, ghi chú, mã băm và mã băm trước đó; tệp JSON có thêm phần "hashed" để tính lại từng mã băm
(sha256 của JSON chuẩn hoá { ...hashed, prevHash }). CSV: UTF-8 có BOM, ô bắt đầu bằng = + - @ được thêm dấu '
để bảng tính không coi là công thức. In ra SHA-256 của tệp đã ghi.
Kết nối PostgreSQL theo PAR_PG_URL / PAR_PG_SYSTEM_URL / PAR_PG_OWNER_URL (như par verify).`;

interface ExportOptions {
  province: string;
  cycle: string;
  unit?: string;
  format: AuditExportFormat;
  output: string;
}

function provinceOf(value: string): ProvinceId {
  try {
    return provinceId(value);
  } catch {
    throw usageError('BAD_OPTION', `--province "${value}" không hợp lệ (ví dụ bac-kan).`, `--province ${value}`);
  }
}

/** `par audit export`: the assessments audit trail of a cycle (or one unit) as CSV or JSON, straight from the event store. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Lịch sử kiểm toán của kỳ đánh giá: xuất ra tệp CSV/JSON kèm mã băm');
  audit
    .command('export')
    .description('Xuất lịch sử kiểm toán (mọi thay đổi, người thực hiện, lý do, mã băm) của kỳ hoặc một đơn vị ra tệp')
    .requiredOption('--province <province>', 'mã tỉnh, ví dụ bac-kan')
    .requiredOption('--cycle <cycleId>', 'mã kỳ đánh giá, ví dụ 2025-district')
    .option('--unit <unitId>', 'chỉ một đơn vị (mặc định: mọi đơn vị của kỳ)')
    .addOption(new Option('--format <format>', 'định dạng tệp').choices(['csv', 'json']).makeOptionMandatory())
    .requiredOption('-o, --output <file>', 'tệp ghi ra')
    .addHelpText('after', EXAMPLES)
    .action(async (opts: ExportOptions, cmd: Command) => {
      const province = provinceOf(opts.province);
      const file = await withDatabase((db) =>
        buildAuditExport(assessmentsService.openStore!(db), {
          province,
          cycleId: opts.cycle,
          unitId: opts.unit ?? null,
          format: opts.format,
          now: new Date(),
        }),
      );
      try {
        writeFileSync(opts.output, file.content);
      } catch (e) {
        throw failureError('WRITE_FAILED', `Không ghi được tệp ${opts.output}.`, e instanceof Error ? e.message : String(e), e);
      }
      const summary = {
        file: opts.output,
        format: opts.format,
        province,
        cycleId: opts.cycle,
        unitId: opts.unit ?? null,
        events: file.events,
        size: file.content.length,
        sha256: file.sha256,
      };
      if (wantsJson(cmd)) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      else {
        process.stdout.write(
          `Đã ghi ${vi(file.events)} sự kiện (${vi(file.content.length)} byte) vào ${opts.output}\nSHA-256: ${file.sha256}\n`,
        );
      }
    });
}
