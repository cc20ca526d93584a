import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { provinceId, type ProvinceId } from '@par/kernel';
import { canonicalJson, type AnchorMismatch, type StreamHead, type VerifyResult } from '@par/event-store';
import { EVENT_PRODUCERS } from '@par/platform';
import { formatDateTimeVi } from '@par/kernel';
import { vi, withDatabase } from './cli-support';

interface VerifyOptions {
  service?: string;
  province?: string;
  stream?: string;
  anchor?: string;
  anchorDigest?: string;
  anchorOut?: string;
}

const ANCHOR_FORMAT = 'par-index/heads-anchor@1';

/** Stream heads exported outside the database; `digest` covers everything else in the file. */
interface AnchorFile {
  format: typeof ANCHOR_FORMAT;
  createdAt: string;
  stores: { service: string; province: string; heads: StreamHead[] }[];
  digest: string;
}

const anchorDigest = (a: Omit<AnchorFile, 'digest'>) =>
  createHash('sha256')
    .update(canonicalJson({ format: a.format, createdAt: a.createdAt, stores: a.stores }), 'utf8')
    .digest('hex');

const HEX64 = /^[0-9a-f]{64}$/;

const isHead = (h: unknown): h is StreamHead => {
  const x = h as Partial<StreamHead> | null;
  return !!x && typeof x.streamId === 'string' && Number.isInteger(x.version) && (x.version ?? 0) >= 1 && HEX64.test(String(x.hash));
};

/**
 * Reads an anchor file. Its own digest only catches accidental edits (anyone can recompute it); the digest
 * kept elsewhere, given as `expectedDigest`, is what proves the file is the one written back then.
 */
function readAnchor(file: string, expectedDigest?: string): AnchorFile {
  let a: AnchorFile;
  try {
    a = JSON.parse(readFileSync(file, 'utf8')) as AnchorFile;
  } catch (e) {
    throw new Error(`Không đọc được tệp mốc neo ${file} (cannot read anchor file): ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  const wellFormed =
    a?.format === ANCHOR_FORMAT &&
    typeof a.createdAt === 'string' &&
    Array.isArray(a.stores) &&
    a.stores.every(
      (x) => typeof x?.service === 'string' && typeof x.province === 'string' && Array.isArray(x.heads) && x.heads.every(isHead),
    );
  if (!wellFormed) throw new Error(`Tệp ${file} không phải tệp mốc neo ${ANCHOR_FORMAT} hợp lệ (not a well-formed anchor file)`);
  if (anchorDigest(a) !== a.digest) {
    throw new Error(`Tệp mốc neo ${file} đã bị sửa: mã băm không khớp (anchor file digest mismatch; the file says ${a.digest})`);
  }
  if (expectedDigest !== undefined && expectedDigest.trim().toLowerCase() !== a.digest) {
    throw new Error(
      `Tệp mốc neo ${file} không phải tệp đã ghi: mã băm ${a.digest} khác mã băm đã lưu ${expectedDigest} (anchor digest differs from the one kept)`,
    );
  }
  return a;
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
    .option('--anchor-out <file>', 'ghi mốc neo (phiên bản và mã băm cuối của mọi luồng) ra tệp để cất ngoài cơ sở dữ liệu')
    .option('--anchor <file>', 'đối chiếu với một tệp mốc neo: phát hiện luồng bị xoá hoặc bị cắt đuôi kể từ khi ghi mốc')
    .option('--anchor-digest <sha256>', 'mã băm "digest" in ra khi ghi mốc neo, đã cất ở nơi khác (chứng minh tệp chưa bị thay)')
    .action(async (opts: VerifyOptions) => {
      const only: ProvinceId | null = opts.province === undefined ? null : provinceId(opts.province);
      const producers = EVENT_PRODUCERS.filter((p) => !opts.service || p.service === opts.service);
      let anchor: AnchorFile | null = null;
      try {
        if (opts.anchorOut && opts.stream) {
          throw new Error(
            'Không ghi mốc neo khi chỉ kiểm một luồng (--anchor-out cannot be combined with --stream: it anchors every stream)',
          );
        }
        if (opts.anchorDigest && !opts.anchor) throw new Error('--anchor-digest cần --anchor (needs --anchor <file>)');
        anchor = opts.anchor ? readAnchor(opts.anchor, opts.anchorDigest) : null;
      } catch (e) {
        process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      const anchored: AnchorFile['stores'] = [];
      const anchorMismatches: (AnchorMismatch & { service: string; province: string })[] = [];
      let anchorChecked = 0;
      const reports: StoreReport[] = await withDatabase(async (db) => {
        const out: StoreReport[] = [];
        if (anchor) {
          for (const entry of anchor.stores) {
            const producer = producers.find((p) => p.service === entry.service);
            if (!producer || (only && entry.province !== only)) continue;
            const heads = opts.stream ? entry.heads.filter((x) => x.streamId === opts.stream) : entry.heads;
            anchorChecked += heads.length;
            const bad = await producer.openStore(db).checkHeads(provinceId(entry.province), heads);
            anchorMismatches.push(...bad.map((m) => ({ ...m, service: entry.service, province: entry.province })));
          }
        }
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
            // Heads first: verify then checks each stream at least up to them, so nothing unverified is anchored.
            const heads = opts.anchorOut ? await store.heads(province) : [];
            const r = await store.verify(province, opts.stream);
            if (opts.anchorOut && r.ok) anchored.push({ service: producer.service, province, heads });
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
      const ok = broken.length === 0 && anchorMismatches.length === 0;
      const anchorReport = anchor && {
        file: opts.anchor,
        digest: anchor.digest,
        createdAt: anchor.createdAt,
        checked: anchorChecked,
        mismatches: anchorMismatches,
      };
      process.stdout.write(JSON.stringify({ ok, checked, stores: reports, ...(anchorReport && { anchor: anchorReport }) }, null, 2) + '\n');
      for (const m of anchorMismatches) {
        process.stderr.write(
          `HỎNG so với mốc neo: kho ${m.service}, tỉnh ${m.province}, luồng ${m.streamId}, phiên bản ${m.version} ` +
            `${m.actualHash === null ? 'không còn' : 'mang mã băm khác'} (anchor mismatch: expected hash ${m.expectedHash}, found ${m.actualHash ?? 'nothing'})\n`,
        );
      }
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
      if (anchor && anchorMismatches.length === 0) {
        process.stderr.write(
          `Khớp mốc neo ngày ${formatDateTimeVi(anchor.createdAt)}: ${vi(anchorChecked)} luồng còn nguyên đến phiên bản đã neo.\n`,
        );
      }
      if (opts.anchorOut) {
        if (!ok) {
          process.stderr.write(`Không ghi mốc neo vì kho đang hỏng (no anchor written: the store is broken).\n`);
        } else {
          const body = { format: ANCHOR_FORMAT, createdAt: new Date().toISOString(), stores: anchored } as const;
          const file: AnchorFile = { ...body, digest: anchorDigest(body) };
          writeFileSync(opts.anchorOut, JSON.stringify(file, null, 2) + '\n');
          const streams = anchored.reduce((n, x) => n + x.heads.length, 0);
          process.stderr.write(
            `Đã ghi mốc neo ${vi(streams)} luồng vào ${opts.anchorOut}, mã băm ${file.digest}. Hãy cất tệp và mã băm ngoài cơ sở dữ liệu; khi đối chiếu, truyền mã băm bằng --anchor-digest.\n`,
          );
        }
      }
      process.exitCode = ok ? 0 : 1;
    });
}
