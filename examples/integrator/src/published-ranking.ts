/**
 * Prints the official (published) ranking of a cycle, as a provincial data portal would read it:
 *   node examples/integrator/src/published-ranking.ts --cycle 2025-district [--version 1]
 * (or `npm run example:integrator -- --cycle …`). Exit code 0 with the table, 2 when the cycle has no published
 * ranking yet, 1 on an error.
 */
import { GraphQLRequestError, request, tokenSource } from './client.ts';
import { OfficialRankingQuery, RankingVersionsQuery } from './operations.ts';
import { argument, settingsFromEnv } from './settings.ts';

const vi = (digits: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const viDate = (iso: string) => iso.split('-').reverse().join('/');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const cycleId = argument(argv, 'cycle');
  if (!cycleId) {
    console.error('Cách dùng: published-ranking.ts --cycle <mã kỳ đánh giá> [--version <số phiên bản>]');
    return 1;
  }
  const version = argument(argv, 'version');
  const settings = settingsFromEnv();
  const token = tokenSource(settings);
  const { officialRanking } = await request(settings, token, OfficialRankingQuery, {
    cycleId,
    version: version ? Number(version) : null,
  });
  if (!officialRanking) {
    console.log(`Kỳ ${cycleId}: chưa có kết quả xếp hạng chính thức được công bố.`);
    return 2;
  }
  const { cycle, version: v, rows, latestVersion } = officialRanking;
  console.log(`${cycle.name} (${cycle.year}) — kết quả chính thức, phiên bản ${v.version}/${latestVersion}`);
  console.log(`Quyết định số ${v.decisionNumber} ngày ${viDate(v.decisionDate)}${v.reason ? ` — điều chỉnh: ${v.reason}` : ''}`);
  console.log();
  const header = ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số (%)', 'Xếp loại'];
  const body = rows.map((r) => [
    String(r.rank),
    r.unit.name,
    vi(2).format(r.total),
    vi(2).format(r.maxPoints),
    vi(2).format(r.indexPercent),
    r.classLabel ?? '',
  ]);
  console.log(table(header, body));
  const { rankingVersions } = await request(settings, token, RankingVersionsQuery, { cycleId });
  console.log();
  console.log(`Các phiên bản: ${rankingVersions.map((x) => `${x.version} (${x.decisionNumber}, ${viDate(x.decisionDate)})`).join('; ')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Lỗi: ${e instanceof GraphQLRequestError ? e.message : e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
