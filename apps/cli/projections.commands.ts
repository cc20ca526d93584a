import { Option, type Command } from 'commander';
import {
  findProjection,
  PROJECTIONS,
  rebuildProjection,
  type RebuildProgress,
  type RegisteredProjection,
  type RebuildSummary,
} from '@par/platform';
import { provinceId } from '@par/kernel';
import { usageError, wantsJson } from '@par/scoring-cli';
import { describeError, vi, withDatabase } from './cli-support';

interface RebuildOptions {
  all?: boolean;
  province?: string;
  batchSize: string;
  quiet?: boolean;
}

/** `par projections list` and `par projections rebuild NAME...`: read models rebuilt from the event stores. */
export function registerProjectionCommands(program: Command): void {
  const projections = program.command('projections').description('Các bảng đọc (projection): liệt kê, dựng lại từ kho sự kiện');

  projections
    .command('list')
    .description('Liệt kê các projection: dịch vụ, chủ đề, kho sự kiện nguồn, bảng sở hữu')
    .addOption(new Option('--format <format>', 'định dạng đầu ra').choices(['table', 'json']).default('table'))
    .action((opts: { format: string }, cmd: Command) => {
      const rows = PROJECTIONS.map((p) => ({
        name: p.name,
        schema: p.schema,
        topics: p.spec.topics,
        sources: p.producers.map((x) => `${x.schema}.events`),
        owns: p.spec.owns.map((t) => `${p.schema}.${t}`),
        alsoWrites: (p.spec.alsoWrites ?? []).map((t) => `${p.schema}.${t}`),
        description: p.spec.description,
      }));
      if (opts.format === 'json' || wantsJson(cmd)) {
        process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      for (const r of rows) {
        process.stdout.write(
          `${r.name}\n  ${r.description}\n  topics: ${r.topics.join(', ')}  ←  ${r.sources.join(', ')}\n  owns:   ${r.owns.join(', ')}\n` +
            (r.alsoWrites.length ? `  also writes: ${r.alsoWrites.join(', ')} (rebuild its owner afterwards)\n` : ''),
        );
      }
    });

  projections
    .command('rebuild')
    .description('Dựng lại projection từ đầu, đọc kho sự kiện của dịch vụ phát hành (không đọc Kafka)')
    .argument('[names...]', 'tên projection, ví dụ ranking.scores (xem `par projections list`)')
    .option('--all', 'tất cả projection, theo thứ tự phụ thuộc (catalog trước)')
    .option('--province <province>', 'chỉ một tỉnh')
    .option('--batch-size <n>', 'số sự kiện mỗi lô (mỗi lô một giao dịch cho mỗi tỉnh)', '500')
    .option('--quiet', 'không in tiến độ')
    .action(async (names: string[], opts: RebuildOptions) => {
      const selected = select(names, opts.all === true);
      if (opts.province !== undefined) checkProvince(opts.province);
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw usageError(
          'BAD_OPTION',
          `--batch-size phải là số nguyên dương (nhận được "${opts.batchSize}").`,
          `--batch-size ${opts.batchSize}`,
        );
      const summaries: RebuildSummary[] = [];
      await withDatabase(async (db) => {
        for (const p of selected) {
          const progress = opts.quiet ? undefined : progressPrinter();
          try {
            summaries.push(
              await rebuildProjection(db, p, {
                batchSize,
                ...(opts.province !== undefined && { province: opts.province }),
                ...(progress && { onProgress: progress.update }),
              }),
            );
          } catch (e) {
            throw new Error(`Dựng lại ${p.name} thất bại: ${describeError(e)}`, { cause: e });
          } finally {
            progress?.done();
          }
        }
      });
      process.stdout.write(JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2) + '\n');
      for (const s of summaries) {
        for (const f of s.failed) {
          process.stderr.write(`Cảnh báo: ${s.projection} bỏ qua sự kiện ${f.eventId} (bộ xử lý từ chối): ${f.error}\n`);
        }
      }
    });
}

/** A malformed --province is a usage error (exit 2), found before any database work. */
function checkProvince(province: string): void {
  try {
    provinceId(province);
  } catch (e) {
    throw usageError('BAD_OPTION', `--province "${province}" không hợp lệ: ${describeError(e)}`, `--province ${province}`);
  }
}

function select(names: string[], all: boolean): RegisteredProjection[] {
  const known = `Có: ${PROJECTIONS.map((p) => p.name).join(', ')}.`;
  if (all && names.length) throw usageError('BAD_OPTION', 'Dùng tên projection hoặc --all, không dùng cả hai.', 'names and --all');
  if (all) return [...PROJECTIONS];
  if (!names.length) throw usageError('BAD_OPTION', `Thiếu tên projection. ${known}`, 'no projection named');
  const unknown = names.filter((n) => !findProjection(n));
  if (unknown.length)
    throw usageError(
      'UNKNOWN_PROJECTION',
      `Không có projection ${unknown.join(', ')}. ${known}`,
      `unknown projection ${unknown.join(', ')}`,
    );
  // Rebuild in registry order (catalogs before the projections that read them), each once.
  return PROJECTIONS.filter((p) => names.includes(p.name));
}

/** Progress on stderr: one rewritten line on a terminal, otherwise a line at most every 2 s and at the end. */
function progressPrinter(): { update: (p: RebuildProgress) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let lastAt = 0;
  let last: RebuildProgress | undefined;
  let printed: RebuildProgress | undefined;
  const line = (p: RebuildProgress) => {
    const pct = p.total > 0 ? Math.min(100, Math.round((p.read / p.total) * 100)) : 100;
    return `${p.projection} ← ${p.producer}: ${vi(p.read)}/${vi(p.total)} sự kiện (${pct}%), áp dụng ${vi(p.applied)}, ${vi(p.eventsPerSecond)} sự kiện/giây`;
  };
  const print = (p: RebuildProgress) => {
    process.stderr.write(tty ? `\r\x1b[2K${line(p)}` : `${line(p)}\n`);
    printed = p;
    lastAt = Date.now();
  };
  return {
    update(p) {
      if (last && last.producer !== p.producer && printed !== last) print(last);
      last = p;
      if (Date.now() - lastAt >= (tty ? 100 : 2000)) print(p);
    },
    done() {
      if (last && printed !== last) print(last);
      if (tty && last) process.stderr.write('\n');
    },
  };
}
