import type { Framework } from '../framework/framework.types';
import type { RankingTableSection } from './report.types';
import type { MismatchRows, ScoredRow } from './ranking-rows';
import { EPS, halfUlp } from './reconciliation';

/**
 * A printed rank against the scores: within the precision of the printed scores, the row can rank anywhere
 * from 1 + (rows surely above) to 1 + (rows possibly above or tied). Returns the mismatching row, if any.
 */
export function rankMismatch(
  x: ScoredRow,
  known: readonly ScoredRow[],
  fw: Framework,
  s: RankingTableSection,
  place: string,
): MismatchRows[number] | undefined {
  const t = halfUlp(fw, s);
  let lo = 1;
  let hi = 1;
  for (const y of known) {
    if (y === x) continue;
    const ty = halfUlp(fw, s);
    if (y.score.value - ty > x.score.value + t + EPS) lo++;
    if (y.score.value + ty > x.score.value - t + EPS && !(t === 0 && ty === 0 && Math.abs(y.score.value - x.score.value) <= EPS)) hi++;
  }
  const rank = x.row.rank!;
  if (!(rank < lo || rank > hi)) return undefined;
  return { place: `${place}/rank`, expected: lo === hi ? lo : `${lo}–${hi}`, actual: rank };
}
