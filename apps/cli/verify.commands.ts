import { Option, type Command } from 'commander';
import { provinceId, type ProvinceId } from '@par/kernel';
import type { VerifyResult } from '@par/event-store';
import { EVENT_PRODUCERS } from '@par/platform';
import { vi, withDatabase } from './cli-support';

interface VerifyOptions {
  service?: string;
  province?: string;
  stream?: string;
}

interface StoreReport {
  service: string;
  province: string;
  ok: boolean;
  checked: number;
  firstBroken?: VerifyResult['firstBroken'];
}

/**
 * `par verify [--service S] [--province P] [--stream ID]`: recomputes the hash chains of the event stores
 * (every province, or one; every stream, or one) and reports the first broken link of each. Exit 1 if broken.
 */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('Kiểm tra chuỗi băm (hash chain) của kho sự kiện; báo mắt xích hỏng đầu tiên (mã thoát 1 nếu hỏng)')
    .addOption(new Option('--service <service>', 'chỉ một kho sự kiện').choices(EVENT_PRODUCERS.map((p) => p.service)))
    .option('--province <province>', 'chỉ một tỉnh (mặc định: mọi tỉnh có dữ liệu)')
    .option('--stream <id>', 'chỉ một luồng sự kiện (stream id)')
    .action(async (opts: VerifyOptions) => {
      const only: ProvinceId | null = opts.province === undefined ? null : provinceId(opts.province);
      const producers = EVENT_PRODUCERS.filter((p) => !opts.service || p.service === opts.service);
      const reports: StoreReport[] = await withDatabase(async (db) => {
        const out: StoreReport[] = [];
        for (const producer of producers) {
          const provinces = only
            ? [only]
            : await db.asSystem(async (tx) => {
                const { rows } = await tx.query<{ province: string }>(
                  `SELECT DISTINCT province FROM ${producer.schema}.streams WHERE ($1::text IS NULL OR stream_id = $1) ORDER BY province`,
                  [opts.stream ?? null],
                );
                return rows.map((r) => provinceId(r.province));
              });
          const store = producer.openStore(db);
          for (const province of provinces) {
            const r = await store.verify(province, opts.stream);
            out.push({
              service: producer.service,
              province,
              ok: r.ok,
              checked: r.checked,
              ...(r.firstBroken && { firstBroken: r.firstBroken }),
            });
          }
        }
        return out;
      });
      const broken = reports.filter((r) => !r.ok);
      const checked = reports.reduce((s, r) => s + r.checked, 0);
      process.stdout.write(JSON.stringify({ ok: broken.length === 0, checked, stores: reports }, null, 2) + '\n');
      for (const r of broken) {
        const b = r.firstBroken!;
        process.stderr.write(
          `HỎNG: kho ${r.service}, tỉnh ${r.province}, luồng ${b.streamId}, phiên bản ${b.streamVersion}` +
            `${b.eventId ? `, sự kiện ${b.eventId}` : ''} (broken link: stream ${b.streamId} version ${b.streamVersion}; ` +
            `expected hash ${b.expectedHash || '—'}, stored ${b.actualHash || '—'})\n`,
        );
      }
      if (opts.stream && checked === 0 && broken.length === 0) {
        process.stderr.write(`Không tìm thấy luồng ${opts.stream} (stream not found).\n`);
        process.exitCode = 1;
        return;
      }
      if (broken.length === 0) process.stderr.write(`Chuỗi băm nguyên vẹn: đã kiểm ${vi(checked)} sự kiện.\n`);
      process.exitCode = broken.length ? 1 : 0;
    });
}
