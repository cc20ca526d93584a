import type { Framework } from '../framework/framework.types';
import type { ParsedFigure } from '../numbers/decimal';
import type { UnitDetailSection } from './report.types';
import { EPS, halfUlp, readFigure, vi, type Reconciliation } from './reconciliation';

type PrintedComponent = UnitDetailSection['components'][number];

/** Lost appraised points: the stated total equals max − appraised, and the items add up to it. */
export function checkLostPoints(
  r: Reconciliation,
  s: UnitDetailSection,
  fw: Framework,
  c: PrintedComponent,
  max: number,
  appraised: ParsedFigure,
): number {
  const cp = `${s.id}/components/${c.code}`;
  const lost = max - appraised.value;
  const tol = halfUlp(fw, s) + EPS;
  let n = 0;
  const stated = readFigure(r, c.lost?.total, `${cp}/lost/total`);
  const items = (c.lost?.items ?? []).map((it, j) => readFigure(r, it.points, `${cp}/lost/items/${j + 1}`));
  if (stated) {
    n++;
    if (Math.abs(stated.value - lost) > tol + halfUlp(fw, s))
      r.contradictions.push({
        code: 'LOST_MISMATCH',
        place: `${cp}/lost/total`,
        expected: Number(lost.toFixed(6)),
        actual: stated.value,
        size: Number(Math.abs(stated.value - lost).toFixed(6)),
        message: `${s.unit}, lĩnh vực ${c.code}: ghi mất ${stated.text} điểm nhưng ${vi(max, fw)} − ${appraised.text} = ${vi(lost, fw)}.`,
        detail: `${s.unit} component ${c.code}: stated lost ${stated.value}, max − appraised = ${lost}`,
      });
  }
  return n + checkItemised(r, s, fw, c, items, lost, tol);
}

function checkItemised(
  r: Reconciliation,
  s: UnitDetailSection,
  fw: Framework,
  c: PrintedComponent,
  items: readonly (ParsedFigure | undefined)[],
  lost: number,
  tol: number,
): number {
  const cp = `${s.id}/components/${c.code}`;
  const itemSum = items.reduce((acc, f) => acc + Math.abs(f?.value ?? 0), 0);
  const itemTol = items.reduce((acc, f) => acc + (f ? halfUlp(fw, s) : 0), tol);
  if (Math.abs(itemSum - lost) > itemTol)
    r.contradictions.push({
      code: 'LOST_NOT_ITEMIZED',
      place: `${cp}/lost/items`,
      expected: Number(lost.toFixed(6)),
      actual: Number(itemSum.toFixed(6)),
      size: Number(Math.abs(lost - itemSum).toFixed(6)),
      message:
        items.length === 0
          ? `${s.unit}, lĩnh vực ${c.code}: mất ${vi(lost, fw)} điểm nhưng không nêu tiêu chí mất điểm.`
          : `${s.unit}, lĩnh vực ${c.code}: các tiêu chí mất điểm cộng lại ${vi(itemSum, fw)} nhưng số điểm mất là ${vi(lost, fw)}.`,
      detail: `${s.unit} component ${c.code}: lost ${lost}, itemised ${itemSum}`,
    });
  return 1;
}
