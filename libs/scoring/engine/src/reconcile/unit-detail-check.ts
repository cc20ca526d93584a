import type { Component, Framework, NodeMethod } from '../framework/framework.types';
import type { ParsedFigure } from '../numbers/decimal';
import type { UnitDetailSection } from './report.types';
import { checkLostPoints } from './lost-points-check';
import {
  cellMax,
  componentOf,
  EPS,
  halfUlp,
  METHOD_VI,
  norm,
  readFigure,
  remember,
  unknownComponent,
  vi,
  type Reconciliation,
} from './reconciliation';
import { checkSumOfParts } from './sum-of-parts';

type PrintedComponent = UnitDetailSection['components'][number];

/** One unit's detail: maxima per component, points within them, lost points itemised, parts adding up to the total. */
export function checkUnitDetail(r: Reconciliation, s: UnitDetailSection, fw: Framework): number {
  let n = 0;
  const key = s.unitId ?? norm(s.unit);
  const allParts: ParsedFigure[] = [];
  for (const c of s.components) {
    const cp = `${s.id}/components/${c.code}`;
    const fc = componentOf(fw, c.code);
    if (!fc) {
      unknownComponent(r, cp, c.code, fw);
      continue;
    }
    n += checkMaxima(r, s, fw, c, fc, cp);
    const scored = (what: 'self' | NodeMethod, maxMethod: NodeMethod) => {
      const f = checkScore(r, s, fw, c, fc, what, maxMethod);
      if (!f) return undefined;
      n++;
      if (what !== 'self') {
        remember(r, key, `${what}:${c.code}`, `${cp}/${what}`, f, fw, s);
        allParts.push(f);
      }
      return f;
    };
    scored('self', 'appraised');
    const appraised = scored('appraised', 'appraised');
    for (const m of ['survey', 'satisfaction', 'indicator'] as const) scored(m, m);
    if (appraised) n += checkLostPoints(r, s, fw, c, cellMax(fc, fw, 'appraised'), appraised);
  }
  return n + checkTotal(r, s, fw, key, allParts);
}

/** Printed maxima of a component (total and per method) against the framework. */
function checkMaxima(r: Reconciliation, s: UnitDetailSection, fw: Framework, c: PrintedComponent, fc: Component, cp: string): number {
  let n = 0;
  const maxima: [string, NodeMethod | 'total', unknown][] = [
    ...(c.max !== undefined ? ([['max', 'total', c.max]] as [string, 'total', unknown][]) : []),
    ...Object.entries(c.maxByMethod ?? {}).map(([m, v]) => [`maxByMethod/${m}`, m as NodeMethod, v] as [string, NodeMethod, unknown]),
  ];
  for (const [p, m, raw] of maxima) {
    const f = readFigure(r, raw, `${cp}/${p}`);
    if (!f) continue;
    n++;
    const expected = cellMax(fc, fw, m);
    if (Math.abs(f.value - expected) > halfUlp(fw, s) + EPS)
      r.contradictions.push({
        code: 'MAX_MISMATCH',
        place: `${cp}/${p}`,
        expected,
        actual: f.value,
        size: Math.abs(f.value - expected),
        message: `${s.unit}, lĩnh vực ${c.code}: điểm tối đa ${METHOD_VI[m] ?? m} ghi ${f.text}, bộ tiêu chí là ${vi(expected, fw)}.`,
        detail: `${s.unit} component ${c.code}: printed ${m} max ${f.value}, framework ${expected}`,
      });
  }
  return n;
}

/** One printed score of a component (self-assessed or per method), within the method's maximum. */
function checkScore(
  r: Reconciliation,
  s: UnitDetailSection,
  fw: Framework,
  c: PrintedComponent,
  fc: Component,
  what: 'self' | NodeMethod,
  maxMethod: NodeMethod,
): ParsedFigure | undefined {
  const cp = `${s.id}/components/${c.code}`;
  const f = readFigure(r, c[what as keyof typeof c], `${cp}/${what}`);
  if (!f) return undefined;
  const max = cellMax(fc, fw, maxMethod);
  if (f.value > max + halfUlp(fw, s) + EPS)
    r.contradictions.push({
      code: 'SCORE_ABOVE_MAX',
      place: `${cp}/${what}`,
      expected: max,
      actual: f.value,
      size: f.value - max,
      message: `${s.unit}, lĩnh vực ${c.code}: điểm ${what === 'self' ? 'tự đánh giá' : METHOD_VI[what]} ${f.text} vượt điểm tối đa ${vi(max, fw)}.`,
      detail: `${s.unit} component ${c.code}: ${what} ${f.value} above max ${max}`,
    });
  return f;
}

/** The parts against the printed total; without one, against the unit's total from another table (deferred). */
function checkTotal(r: Reconciliation, s: UnitDetailSection, fw: Framework, key: string, allParts: ParsedFigure[]): number {
  const t = readFigure(r, s.total, `${s.id}/total`);
  if (t) {
    remember(r, key, 'total', `${s.id}/total`, t, fw, s);
    checkSumOfParts(r, s.id, s.unit, allParts, t, fw, 'điểm các lĩnh vực', s);
    return 1;
  }
  r.deferred.push(() => {
    const other = (r.unitFigures.get(key) ?? []).find((x) => x.what === 'total');
    if (!other || allParts.length === 0) return 0;
    checkSumOfParts(r, s.id, s.unit, allParts, other.fig, fw, 'điểm các lĩnh vực (so với bảng xếp hạng)', s, other.sec);
    return 1;
  });
  return 0;
}
