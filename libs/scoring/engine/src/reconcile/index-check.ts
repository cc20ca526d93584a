import type { Framework } from '../framework/framework.types';
import type { ScoredRow } from './ranking-rows';
import type { RankingTableSection } from './report.types';
import { EPS, halfUlp, readFigure, vi, type Reconciliation } from './reconciliation';

/** A printed index (%) against score / maximum × 100, within both figures' precision. */
export function checkIndex(r: Reconciliation, x: ScoredRow, fw: Framework, s: RankingTableSection, place: string): number {
  const p = readFigure(r, x.row.index, `${place}/index`);
  if (!p) return 0;
  const basisMax = fw.totalMax;
  const expected = (x.score.value / basisMax) * 100;
  const di = fw.rounding.indexDecimals ?? fw.rounding.decimals;
  const tol = (halfUlp(fw, s) / basisMax) * 100 + 0.5 * 10 ** -Math.min(di, s.decimals ?? di) + EPS;
  if (Math.abs(p.value - expected) > tol)
    r.contradictions.push({
      code: 'PERCENT_MISMATCH',
      place: `${place}/index`,
      expected: Number(expected.toFixed(6)),
      actual: p.value,
      size: Number(Math.abs(p.value - expected).toFixed(6)),
      message: `${x.row.unit}: chỉ số ${p.text}% không khớp với ${x.score.text}/${vi(basisMax, fw)} điểm (${vi(expected, fw)}%).`,
      detail: `${x.row.unit}: index ${p.value}% but ${x.score.value}/${basisMax} = ${expected}%`,
    });
  return 1;
}
