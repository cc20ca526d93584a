import type { Framework } from '../framework/framework.types';
import type { ParsedFigure } from '../numbers/decimal';
import { EPS, halfUlp, vi, type Reconciliation, type SectionPrecision } from './reconciliation';

/** A printed total against the sum of its printed parts, within the parts' and the total's precision. */
export function checkSumOfParts(
  r: Reconciliation,
  place: string,
  unit: string,
  parts: readonly ParsedFigure[],
  total: ParsedFigure,
  fw: Framework,
  what: string,
  sec: SectionPrecision,
  totalSec: SectionPrecision = sec,
): void {
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const tol = parts.reduce((acc) => acc + halfUlp(fw, sec), halfUlp(fw, totalSec)) + EPS;
  if (Math.abs(sum - total.value) > tol)
    r.contradictions.push({
      code: 'PARTS_DONT_SUM',
      place,
      expected: Number(sum.toFixed(6)),
      actual: total.value,
      size: Number(Math.abs(sum - total.value).toFixed(6)),
      message: `${unit}: tổng ${what} là ${vi(sum, fw)} nhưng báo cáo ghi ${total.text}.`,
      detail: `${unit}: parts sum to ${sum}, printed total ${total.value}`,
    });
}
