import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { provinceId, type RequestContext } from '@par/kernel';
import type { UnitImportProblem } from '@par/frameworks-domain';
import { frameworksService, importUnitRows } from '@par/service-frameworks';
import { table, usageError, wantsJson } from '@par/scoring-cli';
import { withDatabase } from '../cli-support';
import { readUnitFile } from './read-unit-file';

const EXAMPLES = `
Ví dụ:
  par units import examples/units/thai-nguyen-2025.csv --province thai-nguyen
  par units import danh-muc-don-vi.xlsx --province thai-nguyen --json

Cột (dòng tiêu đề): Mã đơn vị, Tên đơn vị, Loại (Sở, Xã, Phường, Đặc khu, Huyện), Mã đơn vị cấp trên,
Hiệu lực từ, Hiệu lực đến (dd/mm/yyyy), Hình thành từ (mã các đơn vị cũ), Căn cứ (số quyết định/nghị quyết).
Có lỗi ở bất kỳ dòng nào thì không nhập dòng nào (mã thoát 1). Nhập lại cùng tệp không thay đổi gì.
Kết nối PostgreSQL theo PAR_PG_URL / PAR_PG_SYSTEM_URL / PAR_PG_OWNER_URL (như par projections).`;

function printProblems(problems: UnitImportProblem[]): void {
  process.stdout.write(`Tệp có ${problems.length} lỗi; không nhập dòng nào.\n`);
  process.stdout.write(
    table(
      ['Sheet', 'Dòng', 'Cột', 'Lỗi', 'Mã lỗi'],
      problems.map((p) => [p.sheet ?? '', p.row === null ? '' : String(p.row), p.column ?? '', p.messageVi, p.code]),
    ) + '\n',
  );
}

/** `par units import FILE --province P`: the unit registry from a CSV/XLSX list, straight into the frameworks event store. */
export function registerUnitsCommands(program: Command): void {
  const units = program.command('units').description('Danh mục đơn vị: nhập từ tệp CSV/XLSX');
  units
    .command('import')
    .description('Nhập danh mục đơn vị (mã, tên, loại, cấp trên, hiệu lực, hình thành từ) vào kho sự kiện')
    .argument('<file>', 'tệp .csv (dấu phẩy, chấm phẩy hoặc tab; UTF-8) hoặc .xlsx')
    .requiredOption('--province <province>', 'mã tỉnh, ví dụ thai-nguyen')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, opts: { province: string }, cmd: Command) => {
      let province;
      try {
        province = provinceId(opts.province);
      } catch {
        throw usageError('BAD_OPTION', `--province "${opts.province}" không hợp lệ (ví dụ thai-nguyen).`, `--province ${opts.province}`);
      }
      const read = await readUnitFile(file);
      const json = wantsJson(cmd);
      const result = read.problems.length
        ? { imported: 0, unchanged: 0, problems: read.problems }
        : await withDatabase(async (db) => {
            const ctx: RequestContext = {
              province,
              actor: { id: 'par-cli', name: `par units import (${userInfo().username})`, roles: ['dha_admin'] },
              correlationId: randomUUID(),
            };
            return importUnitRows(frameworksService.openStore!(db), ctx, new Date(), read.rows);
          });
      if (json) process.stdout.write(JSON.stringify({ file, province, ...result }, null, 2) + '\n');
      else if (result.problems.length) printProblems(result.problems);
      else process.stdout.write(`Đã ghi ${result.imported} sự kiện; ${result.unchanged} dòng đã có sẵn, không đổi.\n`);
      // the report is printed (table or JSON); findings: exit 1 with nothing imported
      if (result.problems.length) process.exitCode = 1;
    });
}
