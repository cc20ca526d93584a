import type { Component, Framework } from '../framework/framework.types';
import { parseFigure, type ParsedFigure } from '../numbers/decimal';
import type { ComponentTableSection } from './report.types';
import {
  cellMax,
  componentOf,
  EPS,
  halfUlp,
  METHOD_VI,
  readFigure,
  remember,
  unitKeyOf,
  unknownComponent,
  vi,
  type Reconciliation,
} from './reconciliation';
import { checkSumOfParts } from './sum-of-parts';

type Row = ComponentTableSection['rows'][number];

/** A table of points per component for one method: header maxima, each part within its maximum, rows that add up. */
export function checkComponentTable(r: Reconciliation, s: ComponentTableSection, fw: Framework): number {
  let n = 0;
  for (const [code, raw] of Object.entries(s.header ?? {})) n += checkHeader(r, s, fw, code, raw);
  s.rows.forEach((row, i) => (n += checkRow(r, s, fw, row, `${s.id}/rows/${i + 1}`)));
  return n;
}

/** A header maximum against the framework; its consequences are reported with it, not as separate alarms. */
function checkHeader(r: Reconciliation, s: ComponentTableSection, fw: Framework, code: string, raw: unknown): number {
  const place = `${s.id}/header/${code}`;
  const c = componentOf(fw, code);
  if (!c) {
    unknownComponent(r, place, code, fw);
    return 0;
  }
  const h = readFigure(r, raw, place);
  if (!h) return 0;
  const m = s.method;
  const expected = cellMax(c, fw, m);
  if (Math.abs(h.value - expected) <= halfUlp(fw, s) + EPS) return 1;
  const headerSum = Object.values(s.header ?? {}).reduce<number>((acc, x) => acc + (parseFigure(x)?.value ?? 0), 0);
  const fwSum = fw.components.reduce((acc, cc) => acc + cellMax(cc, fw, m), 0);
  const above = s.rows.filter((row) => (parseFigure(row.parts[code])?.value ?? 0) > h.value + EPS);
  const values = above.map((row) => parseFigure(row.parts[code])!.value);
  const range = values.length > 0 ? ` (${vi(Math.min(...values), fw)} … ${vi(Math.max(...values), fw)})` : '';
  r.contradictions.push({
    code: 'HEADER_MAX_MISMATCH',
    place,
    expected,
    actual: h.value,
    size: Math.abs(h.value - expected),
    message:
      `Tiêu đề cột lĩnh vực ${code} ghi điểm tối đa ${h.text} nhưng bộ tiêu chí quy định ${vi(expected, fw)}` +
      `; tiêu đề cộng lại ${vi(headerSum, fw)} thay vì ${vi(fwSum, fw)}` +
      (above.length > 0 ? `; ${above.length}/${s.rows.length} đơn vị có điểm cao hơn ${h.text}${range}.` : '.'),
    detail:
      `Header max for component ${code} is ${h.value}, framework says ${expected}; header sums to ${headerSum} instead of ${fwSum}; ` +
      `${above.length} of ${s.rows.length} rows exceed the printed header`,
  });
  return 1;
}

function checkRow(r: Reconciliation, s: ComponentTableSection, fw: Framework, row: Row, rp: string): number {
  let n = 0;
  const m = s.method;
  const parts: ParsedFigure[] = [];
  for (const [code, raw] of Object.entries(row.parts)) {
    const c = componentOf(fw, code);
    const place = `${rp}/${code}`;
    if (!c) {
      unknownComponent(r, place, code, fw);
      continue;
    }
    const f = readFigure(r, raw, place);
    if (!f) continue;
    parts.push(f);
    remember(r, unitKeyOf(row), `${m}:${code}`, place, f, fw, s);
    n++;
    checkPartMax(r, s, fw, row, c, f, place);
  }
  const t = readFigure(r, row.total, `${rp}/total`);
  if (t) {
    remember(r, unitKeyOf(row), `${m}:total`, `${rp}/total`, t, fw, s);
    n++;
    checkSumOfParts(r, rp, row.unit, parts, t, fw, `các lĩnh vực (${METHOD_VI[m] ?? m})`, s);
  }
  return n;
}

function checkPartMax(
  r: Reconciliation,
  s: ComponentTableSection,
  fw: Framework,
  row: Row,
  c: Component,
  f: ParsedFigure,
  place: string,
): void {
  const max = cellMax(c, fw, s.method);
  if (f.value > max + halfUlp(fw, s) + EPS)
    r.contradictions.push({
      code: 'SCORE_ABOVE_MAX',
      place,
      expected: max,
      actual: f.value,
      size: f.value - max,
      message: `${row.unit}: điểm lĩnh vực ${c.code} (${f.text}) vượt điểm tối đa ${vi(max, fw)}.`,
      detail: `${row.unit}: component ${c.code} ${f.value} above max ${max}`,
    });
}
