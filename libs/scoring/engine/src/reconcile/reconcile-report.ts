import { parse as parseYaml } from 'yaml';
import type { ClassBand, Component, Framework, NodeMethod, Problem } from '../framework/framework.types';
import { leavesOf, parseShare } from '../framework/framework-nodes';
import { formatVi, parseFigure, type ParsedFigure } from '../numbers/decimal';
import { METHOD_LABELS_VI } from '../framework/method-labels';
import { atLeast } from '../classification/rank-and-classify';
import type {
  ComponentTableSection,
  Contradiction,
  FrameworkSummarySection,
  PublishedReport,
  RankingTableSection,
  ReconciliationNote,
  ReconciliationResult,
  UnitDetailSection,
} from './report.types';

const EPS = 1e-9;
const norm = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Lists every contradiction in a published result set against the frameworks it was computed with: parts that do
 * not sum, scores above max, lost points not itemised, ranks or classes that do not follow from the scores,
 * percentages that do not match the points, maxima or counts that differ from the framework, and figures that
 * disagree between tables. A figure printed with k decimals stands for ±0.5·10^-k when k is below the framework's
 * decimals, so rounding within the stated precision raises no alarm.
 */
export function reconcileReport(report: PublishedReport, frameworks: readonly Framework[]): ReconciliationResult {
  const out: Contradiction[] = [];
  const notes: ReconciliationNote[] = [];
  let checks = 0;
  const deferred: (() => number)[] = [];
  const fws = new Map(frameworks.map((f) => [f.id, f]));

  // Figures per unit collected across sections, for cross-table checks.
  const unitFigures = new Map<string, { place: string; what: string; fig: ParsedFigure; fw: Framework; sec: { decimals?: number } }[]>();
  const remember = (unitKey: string, what: string, place: string, fig: ParsedFigure, fw: Framework, sec: { decimals?: number }) => {
    const list = unitFigures.get(unitKey) ?? [];
    list.push({ place, what, fig, fw, sec });
    unitFigures.set(unitKey, list);
  };
  const fig = (x: unknown, place: string): ParsedFigure | undefined => {
    if (x === undefined || x === null) return undefined;
    const f = parseFigure(x);
    if (!f)
      out.push({
        code: 'UNREADABLE_FIGURE',
        place,
        actual: String(x),
        message: `Không đọc được số liệu "${String(x)}".`,
        detail: `Cannot read figure ${JSON.stringify(x)}`,
      });
    return f;
  };
  // A figure printed with fewer decimals than the framework is read as exact (trailing zeros dropped: "16,5",
  // "-2 điểm") unless its section declares it was rounded (`decimals`). Rounding at `total` leaves each shown
  // part within half a unit of the framework's last decimal.
  const halfUlp = (_f: ParsedFigure, fw: Framework, sec?: { decimals?: number }) =>
    sec?.decimals !== undefined && sec.decimals < fw.rounding.decimals
      ? 0.5 * 10 ** -sec.decimals
      : fw.rounding.at === 'total'
        ? 0.5 * 10 ** -fw.rounding.decimals
        : 0;
  const vi = (x: number, fw: Framework) => formatVi(x, fw.rounding.decimals, false);
  const compOf = (fw: Framework, code: string) => fw.components.find((c) => c.code === code);
  const cellMax = (c: Component, fw: Framework, m: NodeMethod | 'total'): number => {
    if (m === 'total') return c.max;
    const declared = c.maxByMethod?.[m];
    if (declared !== undefined) return declared;
    return leavesOf(fw)
      .filter((l) => l.componentCode === c.code && l.method === m)
      .reduce((s, l) => s + l.max, 0);
  };
  const methodVi: Record<string, string> = { ...METHOD_LABELS_VI, total: 'tổng' };
  const unitKey = (r: { unit: string; unitId?: string }) => r.unitId ?? norm(r.unit);
  const withFw = (s: { framework: string; id: string }): Framework | undefined => {
    const fw = fws.get(s.framework);
    if (!fw)
      out.push({
        code: 'UNKNOWN_FRAMEWORK',
        place: s.id,
        actual: s.framework,
        message: `Không có bộ tiêu chí "${s.framework}" để đối chiếu mục ${s.id}.`,
        detail: `Framework ${s.framework} not supplied`,
      });
    return fw;
  };

  // Subordinate tables (by parent), for adjustment rules.
  const subordinateClasses = new Map<string, { cls: string | null; fw: Framework }[]>();
  for (const s of report.sections) {
    if (s.kind !== 'ranking-table' || !s.parent) continue;
    const fw = fws.get(s.framework);
    if (!fw) continue;
    const list = s.rows.map((r) => {
      const f = parseFigure(r.score);
      const b = f ? bandOf(f.value, fw.classification.bands) : null;
      return { cls: b?.class ?? null, fw };
    });
    subordinateClasses.set(norm(s.parent), list);
  }

  for (const s of report.sections) {
    const fw = withFw(s);
    if (!fw) continue;
    switch (s.kind) {
      case 'framework-summary':
        checks += summary(s, fw);
        break;
      case 'component-table':
        checks += componentTable(s, fw);
        break;
      case 'ranking-table':
        checks += rankingTable(s, fw);
        break;
      case 'unit-detail':
        checks += unitDetail(s, fw);
        break;
    }
  }
  for (const d of deferred) checks += d();
  checks += crossTables();
  return { ok: out.length === 0, contradictions: out, notes, checks };

  function summary(s: FrameworkSummarySection, fw: Framework): number {
    let n = 0;
    const cmp = (place: string, what: string, expected: number | undefined, actual: number | undefined, unit = '') => {
      if (expected === undefined || actual === undefined) return;
      n++;
      if (Math.abs(expected - actual) > EPS)
        out.push({
          code: unit ? 'COUNT_MISMATCH' : 'MAX_MISMATCH',
          place,
          expected,
          actual,
          size: Math.abs(expected - actual),
          message: `${what}: báo cáo ghi ${actual}${unit}, bộ tiêu chí là ${expected}${unit}.`,
          detail: `${what}: report says ${actual}, framework ${expected}`,
        });
    };
    cmp(`${s.id}/totalMax`, 'Điểm tối đa', fw.totalMax, fig(s.totalMax, `${s.id}/totalMax`)?.value);
    for (const [m, v] of Object.entries(s.maxByMethod ?? {}))
      cmp(
        `${s.id}/maxByMethod/${m}`,
        `Điểm tối đa phần ${methodVi[m] ?? m}`,
        fw.maxByMethod?.[m as NodeMethod],
        fig(v, `${s.id}/maxByMethod/${m}`)?.value,
      );
    const dc = fw.declaredCounts ?? {};
    cmp(`${s.id}/counts/components`, 'Số lĩnh vực', fw.components.length, s.counts?.components, ' lĩnh vực');
    cmp(`${s.id}/counts/criteria`, 'Số tiêu chí', dc.criteria, s.counts?.criteria, ' TC');
    cmp(`${s.id}/counts/subCriteria`, 'Số tiêu chí thành phần', dc.subCriteria, s.counts?.subCriteria, ' TCTP');
    cmp(`${s.id}/counts/surveySubCriteria`, 'Số TCTP điều tra XHH', dc.surveySubCriteria, s.counts?.surveySubCriteria, ' TCTP');
    for (const c of s.components ?? []) {
      const fc = compOf(fw, c.code);
      if (!fc) {
        unknownComponent(`${s.id}/components/${c.code}`, c.code, fw);
        continue;
      }
      const cc = fc.declaredCounts ?? {};
      cmp(`${s.id}/components/${c.code}/criteria`, `Lĩnh vực ${c.code}: số TC`, cc.criteria, c.criteria, ' TC');
      cmp(`${s.id}/components/${c.code}/subCriteria`, `Lĩnh vực ${c.code}: số TCTP`, cc.subCriteria, c.subCriteria, ' TCTP');
      cmp(
        `${s.id}/components/${c.code}/surveySubCriteria`,
        `Lĩnh vực ${c.code}: số TCTP điều tra XHH`,
        cc.surveySubCriteria,
        c.surveySubCriteria,
        ' TCTP',
      );
    }
    return n;
  }

  function unknownComponent(place: string, code: string, fw: Framework) {
    out.push({
      code: 'UNKNOWN_COMPONENT',
      place,
      actual: code,
      message: `Lĩnh vực "${code}" không có trong bộ tiêu chí ${fw.id}.`,
      detail: `Component ${code} not in framework ${fw.id}`,
    });
  }

  function componentTable(s: ComponentTableSection, fw: Framework): number {
    let n = 0;
    const m = s.method;
    // Header maxima against the framework; consequences are reported with the header, not as separate alarms.
    for (const [code, raw] of Object.entries(s.header ?? {})) {
      const place = `${s.id}/header/${code}`;
      const c = compOf(fw, code);
      if (!c) {
        unknownComponent(place, code, fw);
        continue;
      }
      const h = fig(raw, place);
      if (!h) continue;
      n++;
      const expected = cellMax(c, fw, m);
      if (Math.abs(h.value - expected) > halfUlp(h, fw, s) + EPS) {
        const headerSum = Object.values(s.header ?? {}).reduce<number>((acc, x) => acc + (parseFigure(x)?.value ?? 0), 0);
        const fwSum = fw.components.reduce((acc, cc) => acc + cellMax(cc, fw, m), 0);
        const above = s.rows.filter((r) => (parseFigure(r.parts[code])?.value ?? 0) > h.value + EPS);
        const values = above.map((r) => parseFigure(r.parts[code])!.value);
        const range = values.length > 0 ? ` (${vi(Math.min(...values), fw)} … ${vi(Math.max(...values), fw)})` : '';
        out.push({
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
      }
    }
    s.rows.forEach((r, i) => {
      const rp = `${s.id}/rows/${i + 1}`;
      const parts: ParsedFigure[] = [];
      for (const [code, raw] of Object.entries(r.parts)) {
        const c = compOf(fw, code);
        const place = `${rp}/${code}`;
        if (!c) {
          unknownComponent(place, code, fw);
          continue;
        }
        const f = fig(raw, place);
        if (!f) continue;
        parts.push(f);
        remember(unitKey(r), `${m}:${code}`, place, f, fw, s);
        n++;
        const max = cellMax(c, fw, m);
        if (f.value > max + halfUlp(f, fw, s) + EPS)
          out.push({
            code: 'SCORE_ABOVE_MAX',
            place,
            expected: max,
            actual: f.value,
            size: f.value - max,
            message: `${r.unit}: điểm lĩnh vực ${code} (${f.text}) vượt điểm tối đa ${vi(max, fw)}.`,
            detail: `${r.unit}: component ${code} ${f.value} above max ${max}`,
          });
      }
      const t = fig(r.total, `${rp}/total`);
      if (t) {
        remember(unitKey(r), `${m}:total`, `${rp}/total`, t, fw, s);
        n++;
        sumCheck(rp, r.unit, parts, t, fw, `các lĩnh vực (${methodVi[m] ?? m})`, s);
      }
    });
    return n;
  }

  function sumCheck(
    place: string,
    unit: string,
    parts: ParsedFigure[],
    total: ParsedFigure,
    fw: Framework,
    what: string,
    s: { decimals?: number },
    totalSec: { decimals?: number } = s,
  ) {
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    const tol = parts.reduce((acc, p) => acc + halfUlp(p, fw, s), halfUlp(total, fw, totalSec)) + EPS;
    if (Math.abs(sum - total.value) > tol)
      out.push({
        code: 'PARTS_DONT_SUM',
        place,
        expected: Number(sum.toFixed(6)),
        actual: total.value,
        size: Number(Math.abs(sum - total.value).toFixed(6)),
        message: `${unit}: tổng ${what} là ${vi(sum, fw)} nhưng báo cáo ghi ${total.text}.`,
        detail: `${unit}: parts sum to ${sum}, printed total ${total.value}`,
      });
  }

  function rankingTable(s: RankingTableSection, fw: Framework): number {
    let n = 0;
    const rows = s.rows.map((r, i) => ({ r, i, f: fig(r.score, `${s.id}/rows/${i + 1}/score`) }));
    const known = rows.filter((x): x is typeof x & { f: ParsedFigure } => x.f !== undefined);
    const rankRows: NonNullable<Contradiction['rows']> = [];
    const classRows: NonNullable<Contradiction['rows']> = [];
    const basisMax = fw.totalMax;
    for (const x of known) {
      const place = `${s.id}/rows/${x.i + 1}`;
      remember(unitKey(x.r), 'total', `${place}/score`, x.f, fw, s);
      const t = halfUlp(x.f, fw, s);
      n++;
      if (x.f.value > basisMax + t + EPS)
        out.push({
          code: 'SCORE_ABOVE_MAX',
          place: `${place}/score`,
          expected: basisMax,
          actual: x.f.value,
          size: x.f.value - basisMax,
          message: `${x.r.unit}: tổng điểm ${x.f.text} vượt điểm tối đa ${vi(basisMax, fw)}.`,
          detail: `${x.r.unit}: total ${x.f.value} above max ${basisMax}`,
        });
      if (x.r.rank !== undefined) {
        n++;
        let lo = 1;
        let hi = 1;
        for (const y of known) {
          if (y === x) continue;
          const ty = halfUlp(y.f, fw, s);
          if (y.f.value - ty > x.f.value + t + EPS) lo++;
          if (y.f.value + ty > x.f.value - t + EPS && !(t === 0 && ty === 0 && Math.abs(y.f.value - x.f.value) <= EPS)) hi++;
        }
        if (x.r.rank < lo || x.r.rank > hi)
          rankRows.push({ place: `${place}/rank`, expected: lo === hi ? lo : `${lo}–${hi}`, actual: x.r.rank });
      }
      if (x.r.class !== undefined) {
        n++;
        const printed = fw.classification.bands.find((b) => norm(b.label) === norm(x.r.class!) || b.class === x.r.class);
        const value = x.f.value;
        const bLo = bandOf(value - t, fw.classification.bands);
        const bHi = bandOf(value + t, fw.classification.bands);
        const candidates = new Set<string>([bLo?.class ?? '', bHi?.class ?? '']);
        const rules = (fw.classification.adjustments ?? []).filter((a) => a.enabled);
        if (rules.length > 0) {
          const subs = subordinateClasses.get(norm(x.r.unit)) ?? (x.r.unitId ? subordinateClasses.get(norm(x.r.unitId)) : undefined);
          for (const base of [bLo, bHi]) {
            if (!base) continue;
            let pos = fw.classification.bands.indexOf(base);
            for (const rule of rules) {
              if (!subs || subs.length === 0) {
                // Not verifiable: accept the base class or any class the rule could lead to.
                for (let k = 1; k <= (rule.drop ?? 1); k++) {
                  const b = fw.classification.bands[Math.min(pos + k, fw.classification.bands.length - 1)];
                  if (b) candidates.add(b.class);
                }
                continue;
              }
              const share = parseShare(rule.minShare) ?? { num: 2, den: 3 };
              const cls = fw.classification.bands[pos]!.class;
              const reached = subs.filter((sub) => sub.cls !== null && atLeast(sub.cls, cls, fw.classification.bands)).length;
              const total = subs.filter((sub) => sub.cls !== null).length;
              if (reached * share.den < share.num * total) pos = Math.min(pos + (rule.drop ?? 1), fw.classification.bands.length - 1);
            }
            if (subs && subs.length > 0) {
              candidates.delete(base.class);
              candidates.add(fw.classification.bands[pos]!.class);
            }
          }
          if (!subs || subs.length === 0)
            notes.push({
              place: `${place}/class`,
              message: `${x.r.unit}: báo cáo không có kết quả xếp loại của các đơn vị trực thuộc nên chưa kiểm tra được quy tắc điều chỉnh xếp loại.`,
              detail: `${x.r.unit}: subordinate classes not in the report; adjustment rule not verifiable`,
            });
        }
        if (!printed || !candidates.has(printed.class)) {
          const expected = [...candidates]
            .filter(Boolean)
            .map((c) => fw.classification.bands.find((b) => b.class === c)?.label ?? c)
            .join(' / ');
          classRows.push({ place: `${place}/class`, expected, actual: x.r.class });
        }
      }
      if (x.r.index !== undefined) {
        const p = fig(x.r.index, `${place}/index`);
        if (p) {
          n++;
          const expected = (x.f.value / basisMax) * 100;
          const di = fw.rounding.indexDecimals ?? fw.rounding.decimals;
          const tol = (t / basisMax) * 100 + 0.5 * 10 ** -Math.min(di, s.decimals ?? di) + EPS;
          if (Math.abs(p.value - expected) > tol)
            out.push({
              code: 'PERCENT_MISMATCH',
              place: `${place}/index`,
              expected: Number(expected.toFixed(6)),
              actual: p.value,
              size: Number(Math.abs(p.value - expected).toFixed(6)),
              message: `${x.r.unit}: chỉ số ${p.text}% không khớp với ${x.f.text}/${vi(basisMax, fw)} điểm (${vi(expected, fw)}%).`,
              detail: `${x.r.unit}: index ${p.value}% but ${x.f.value}/${basisMax} = ${expected}%`,
            });
        }
      }
    }
    if (rankRows.length > 0)
      out.push({
        code: 'RANK_MISMATCH',
        place: `${s.id}/rank`,
        size: rankRows.length,
        rows: rankRows,
        message: `Cột xếp hạng của bảng ${s.id} không khớp với điểm số ở ${rankRows.length}/${known.length} dòng: ${rankRows
          .map((r) => `dòng ${r.place.split('/')[2]} ghi hạng ${r.actual}, đúng là ${r.expected}`)
          .join('; ')}.`,
        detail: `Rank column of ${s.id} disagrees with the scores on ${rankRows.length} of ${known.length} rows`,
      });
    if (classRows.length > 0)
      out.push({
        code: 'CLASS_MISMATCH',
        place: `${s.id}/class`,
        size: classRows.length,
        rows: classRows,
        message: `Cột xếp loại của bảng ${s.id} không khớp với điểm số ở ${classRows.length} dòng: ${classRows
          .map((r) => `dòng ${r.place.split('/')[2]} ghi "${r.actual}", đúng là "${r.expected}"`)
          .join('; ')}.`,
        detail: `Class column of ${s.id} disagrees with the bands on ${classRows.length} rows`,
      });
    return n;
  }

  function unitDetail(s: UnitDetailSection, fw: Framework): number {
    let n = 0;
    const key = s.unitId ?? norm(s.unit);
    const allParts: ParsedFigure[] = [];
    for (const c of s.components) {
      const cp = `${s.id}/components/${c.code}`;
      const fc = compOf(fw, c.code);
      if (!fc) {
        unknownComponent(cp, c.code, fw);
        continue;
      }
      const maxes: [string, NodeMethod | 'total', unknown][] = [
        ...(c.max !== undefined ? ([['max', c.maxByMethod ? 'total' : 'total', c.max]] as [string, 'total', unknown][]) : []),
        ...Object.entries(c.maxByMethod ?? {}).map(([m, v]) => [`maxByMethod/${m}`, m as NodeMethod, v] as [string, NodeMethod, unknown]),
      ];
      for (const [p, m, raw] of maxes) {
        const f = fig(raw, `${cp}/${p}`);
        if (!f) continue;
        n++;
        const expected = cellMax(fc, fw, m);
        if (Math.abs(f.value - expected) > halfUlp(f, fw, s) + EPS)
          out.push({
            code: 'MAX_MISMATCH',
            place: `${cp}/${p}`,
            expected,
            actual: f.value,
            size: Math.abs(f.value - expected),
            message: `${s.unit}, lĩnh vực ${c.code}: điểm tối đa ${methodVi[m] ?? m} ghi ${f.text}, bộ tiêu chí là ${vi(expected, fw)}.`,
            detail: `${s.unit} component ${c.code}: printed ${m} max ${f.value}, framework ${expected}`,
          });
      }
      const score = (what: 'self' | NodeMethod, maxMethod: NodeMethod) => {
        const f = fig(c[what as keyof typeof c], `${cp}/${what}`);
        if (!f) return undefined;
        n++;
        const max = cellMax(fc, fw, maxMethod);
        if (f.value > max + halfUlp(f, fw, s) + EPS)
          out.push({
            code: 'SCORE_ABOVE_MAX',
            place: `${cp}/${what}`,
            expected: max,
            actual: f.value,
            size: f.value - max,
            message: `${s.unit}, lĩnh vực ${c.code}: điểm ${what === 'self' ? 'tự đánh giá' : methodVi[what]} ${f.text} vượt điểm tối đa ${vi(max, fw)}.`,
            detail: `${s.unit} component ${c.code}: ${what} ${f.value} above max ${max}`,
          });
        if (what !== 'self') {
          remember(key, `${what}:${c.code}`, `${cp}/${what}`, f, fw, s);
          allParts.push(f);
        }
        return f;
      };
      score('self', 'appraised');
      const appraised = score('appraised', 'appraised');
      for (const m of ['survey', 'satisfaction', 'indicator'] as const) score(m, m);
      // Lost appraised points: stated total = max − appraised, and itemised in full.
      if (appraised) {
        const max = cellMax(fc, fw, 'appraised');
        const lost = max - appraised.value;
        const stated = fig(c.lost?.total, `${cp}/lost/total`);
        const items = (c.lost?.items ?? []).map((it, j) => ({ it, f: fig(it.points, `${cp}/lost/items/${j + 1}`) }));
        const itemSum = items.reduce((acc, x) => acc + Math.abs(x.f?.value ?? 0), 0);
        const tol = halfUlp(appraised, fw, s) + EPS;
        if (stated) {
          n++;
          if (Math.abs(stated.value - lost) > tol + halfUlp(stated, fw, s))
            out.push({
              code: 'LOST_MISMATCH',
              place: `${cp}/lost/total`,
              expected: Number(lost.toFixed(6)),
              actual: stated.value,
              size: Number(Math.abs(stated.value - lost).toFixed(6)),
              message: `${s.unit}, lĩnh vực ${c.code}: ghi mất ${stated.text} điểm nhưng ${vi(max, fw)} − ${appraised.text} = ${vi(lost, fw)}.`,
              detail: `${s.unit} component ${c.code}: stated lost ${stated.value}, max − appraised = ${lost}`,
            });
        }
        n++;
        const itemTol = items.reduce((acc, x) => acc + (x.f ? halfUlp(x.f, fw, s) : 0), tol);
        if (Math.abs(itemSum - lost) > itemTol)
          out.push({
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
      }
    }
    const t = fig(s.total, `${s.id}/total`);
    if (t) {
      remember(key, 'total', `${s.id}/total`, t, fw, s);
      n++;
      sumCheck(s.id, s.unit, allParts, t, fw, 'điểm các lĩnh vực', s);
    } else {
      // Without a printed total here, the unit's total from another table must equal the parts.
      deferred.push(() => {
        const other = (unitFigures.get(key) ?? []).find((x) => x.what === 'total');
        if (!other || allParts.length === 0) return 0;
        sumCheck(s.id, s.unit, allParts, other.fig, fw, 'điểm các lĩnh vực (so với bảng xếp hạng)', s, other.sec);
        return 1;
      });
    }
    return n;
  }

  function crossTables(): number {
    let n = 0;
    for (const [, figs] of unitFigures) {
      const byWhat = new Map<string, typeof figs>();
      for (const f of figs) byWhat.set(f.what, [...(byWhat.get(f.what) ?? []), f]);
      for (const [what, list] of byWhat) {
        for (let i = 1; i < list.length; i++) {
          const a = list[0]!;
          const b = list[i]!;
          n++;
          if (Math.abs(a.fig.value - b.fig.value) > halfUlp(a.fig, a.fw, a.sec) + halfUlp(b.fig, b.fw, b.sec) + EPS)
            out.push({
              code: 'CROSS_TABLE_MISMATCH',
              place: b.place,
              expected: a.fig.value,
              actual: b.fig.value,
              size: Number(Math.abs(a.fig.value - b.fig.value).toFixed(6)),
              message: `Cùng một số liệu (${what}) ghi ${a.fig.text} tại ${a.place} nhưng ${b.fig.text} tại ${b.place}.`,
              detail: `${what}: ${a.fig.value} at ${a.place} vs ${b.fig.value} at ${b.place}`,
            });
        }
      }
    }
    return n;
  }
}

function bandOf(value: number, bands: readonly ClassBand[]): ClassBand | null {
  for (const b of bands) if (value + EPS >= (b.min ?? 0)) return b;
  return bands[bands.length - 1] ?? null;
}

/** Parses a published report (YAML or JSON). Shape errors are returned, not thrown. */
export function parseReport(text: string, format?: 'yaml' | 'json'): { ok: boolean; report?: PublishedReport; problems: Problem[] } {
  const f = format ?? (/^\s*[{[]/.test(text) ? 'json' : 'yaml');
  let obj: unknown;
  try {
    obj = f === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [{ path: '/', code: 'PARSE_ERROR', message: `Không đọc được tệp báo cáo: ${msg}`, detail: msg }] };
  }
  const problems: Problem[] = [];
  const sections = (obj as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections))
    problems.push({
      path: '/sections',
      code: 'SCHEMA_REQUIRED',
      message: 'Báo cáo phải có danh sách "sections".',
      detail: 'sections[] required',
    });
  else
    sections.forEach((s: Record<string, unknown>, i) => {
      const kinds = ['framework-summary', 'component-table', 'ranking-table', 'unit-detail'];
      if (!kinds.includes(String(s?.['kind'])))
        problems.push({
          path: `/sections/${i}/kind`,
          code: 'SCHEMA_VALUE',
          message: `Loại mục không hợp lệ; được phép: ${kinds.join(', ')}.`,
          detail: 'bad kind',
        });
      for (const k of ['id', 'framework'])
        if (typeof s?.[k] !== 'string')
          problems.push({ path: `/sections/${i}/${k}`, code: 'SCHEMA_REQUIRED', message: `Thiếu trường "${k}".`, detail: `${k} required` });
      if ((s?.['kind'] === 'component-table' || s?.['kind'] === 'ranking-table') && !Array.isArray(s?.['rows']))
        problems.push({
          path: `/sections/${i}/rows`,
          code: 'SCHEMA_REQUIRED',
          message: 'Bảng phải có danh sách "rows".',
          detail: 'rows[] required',
        });
      if (s?.['kind'] === 'unit-detail' && !Array.isArray(s?.['components']))
        problems.push({
          path: `/sections/${i}/components`,
          code: 'SCHEMA_REQUIRED',
          message: 'Mục chi tiết đơn vị phải có "components".',
          detail: 'components[] required',
        });
    });
  return problems.length === 0 ? { ok: true, report: obj as PublishedReport, problems } : { ok: false, problems };
}
