import type { Framework } from '../framework/framework.types';
import type { RankingTableSection } from './report.types';
import { checkClass } from './class-check';
import { checkIndex } from './index-check';
import { rankMismatch } from './rank-check';
import type { MismatchRows, ScoredRow } from './ranking-rows';
import { EPS, halfUlp, readFigure, remember, unitKeyOf, vi, type Reconciliation } from './reconciliation';

/** A ranking table: scores within the maximum, ranks that follow from the scores, classes from the bands, index %. */
export function checkRankingTable(r: Reconciliation, s: RankingTableSection, fw: Framework): number {
  let n = 0;
  const known = s.rows
    .map((row, index) => ({ row, index, score: readFigure(r, row.score, `${s.id}/rows/${index + 1}/score`) }))
    .filter((x): x is ScoredRow => x.score !== undefined);
  const rankRows: MismatchRows = [];
  const classRows: MismatchRows = [];
  for (const x of known) {
    const place = `${s.id}/rows/${x.index + 1}`;
    remember(r, unitKeyOf(x.row), 'total', `${place}/score`, x.score, fw, s);
    n++;
    checkTotalMax(r, fw, x, place, halfUlp(fw, s));
    if (x.row.rank !== undefined) {
      n++;
      const mismatch = rankMismatch(x, known, fw, s, place);
      if (mismatch) rankRows.push(mismatch);
    }
    if (x.row.class !== undefined) {
      n++;
      const mismatch = checkClass(r, x, fw, halfUlp(fw, s), place);
      if (mismatch) classRows.push(mismatch);
    }
    if (x.row.index !== undefined) n += checkIndex(r, x, fw, s, place);
  }
  reportRankMismatches(r, s, rankRows, known.length);
  reportClassMismatches(r, s, classRows);
  return n;
}

function checkTotalMax(r: Reconciliation, fw: Framework, x: ScoredRow, place: string, tolerance: number): void {
  const basisMax = fw.totalMax;
  if (x.score.value > basisMax + tolerance + EPS)
    r.contradictions.push({
      code: 'SCORE_ABOVE_MAX',
      place: `${place}/score`,
      expected: basisMax,
      actual: x.score.value,
      size: x.score.value - basisMax,
      message: `${x.row.unit}: tổng điểm ${x.score.text} vượt điểm tối đa ${vi(basisMax, fw)}.`,
      detail: `${x.row.unit}: total ${x.score.value} above max ${basisMax}`,
    });
}

function reportRankMismatches(r: Reconciliation, s: RankingTableSection, rows: MismatchRows, known: number): void {
  if (rows.length === 0) return;
  r.contradictions.push({
    code: 'RANK_MISMATCH',
    place: `${s.id}/rank`,
    size: rows.length,
    rows,
    message: `Cột xếp hạng của bảng ${s.id} không khớp với điểm số ở ${rows.length}/${known} dòng: ${rows
      .map((x) => `dòng ${x.place.split('/')[2]} ghi hạng ${x.actual}, đúng là ${x.expected}`)
      .join('; ')}.`,
    detail: `Rank column of ${s.id} disagrees with the scores on ${rows.length} of ${known} rows`,
  });
}

function reportClassMismatches(r: Reconciliation, s: RankingTableSection, rows: MismatchRows): void {
  if (rows.length === 0) return;
  r.contradictions.push({
    code: 'CLASS_MISMATCH',
    place: `${s.id}/class`,
    size: rows.length,
    rows,
    message: `Cột xếp loại của bảng ${s.id} không khớp với điểm số ở ${rows.length} dòng: ${rows
      .map((x) => `dòng ${x.place.split('/')[2]} ghi "${x.actual}", đúng là "${x.expected}"`)
      .join('; ')}.`,
    detail: `Class column of ${s.id} disagrees with the bands on ${rows.length} rows`,
  });
}
