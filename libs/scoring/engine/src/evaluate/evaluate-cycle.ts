import type { Framework, Leaf, NodeMethod, Problem, ScoringRule } from '../framework/framework.types';
import { leavesOf } from '../framework/framework-nodes';
import { formatVi, fromScaled, isMultipleOf, toScaled } from '../numbers/decimal';
import { applyRule } from '../rules/apply-rule';
import { adjustClass, classify, competitionRanks, type SubordinateClass } from '../classification/rank-and-classify';

import type {
  ComponentResult,
  CycleEvaluation,
  EvaluateOptions,
  Figure,
  LeafResult,
  LostItem,
  Origin,
  UnitEvaluation,
  UnitResults,
} from './evaluate-cycle.types';

export type * from './evaluate-cycle.types';

interface Compiled {
  leaves: Leaf[];
  byCode: Map<string, Leaf>;
  /** Per leaf: the rule that checks a directly given value (manual, in the leaf's step when it has one). */
  manualRules: ScoringRule[];
  /** Per leaf: index of its component × method cell in `cellDefs`. */
  cellOf: number[];
  cellDefs: { comp: string; method: NodeMethod; key: string }[];
  methods: NodeMethod[];
  deptName: Map<string, string>;
}
const cache = new WeakMap<Framework, Compiled>();
const maxCache = new WeakMap<Framework, number[]>();
function scaledMaxima(fw: Framework): number[] {
  let m = maxCache.get(fw);
  if (!m) {
    m = compile(fw).leaves.map((l) => toScaled(l.max, fw.rounding.decimals));
    maxCache.set(fw, m);
  }
  return m;
}

function compile(fw: Framework): Compiled {
  let c = cache.get(fw);
  if (!c) {
    const leaves = leavesOf(fw);
    const methods: NodeMethod[] = [];
    for (const l of leaves) if (!methods.includes(l.method)) methods.push(l.method);
    const cellDefs: Compiled['cellDefs'] = [];
    const cellIdx = new Map<string, number>();
    const cellOf = leaves.map((l) => {
      const key = l.componentCode + '\u0000' + l.method;
      let k = cellIdx.get(key);
      if (k === undefined) {
        k = cellDefs.length;
        cellDefs.push({ comp: l.componentCode, method: l.method, key });
        cellIdx.set(key, k);
      }
      return k;
    });
    c = {
      leaves,
      cellOf,
      cellDefs,
      byCode: new Map(leaves.map((l) => [l.code, l])),
      manualRules: leaves.map((l) =>
        l.rule.type === 'manual' && l.rule.step !== undefined ? { type: 'manual', step: l.rule.step } : { type: 'manual' },
      ),
      methods,
      deptName: new Map(fw.departments.map((d) => [d.code, d.name])),
    };
    cache.set(fw, c);
  }
  return c;
}

const UNASSIGNED = '_unassigned';

/**
 * Scores every unit of one cycle (one framework: one province, unit type and period), then ranks and classifies.
 * Figures are exact sums of the parts at the framework's rounding; unknown figures stay null and figures known
 * only from `given` carry origin `given` / `derived`.
 */
export function evaluateCycle(fw: Framework, units: readonly UnitResults[], options: EvaluateOptions = {}): CycleEvaluation {
  const evaluated = units.map((u) => evaluateUnit(fw, u, options));
  const basisRank = fw.ranking?.basis ?? 'index';
  const basisClass = fw.classification.basis ?? 'index';
  const d = fw.rounding.decimals;
  const di = fw.rounding.indexDecimals ?? d;
  const pick = (e: UnitEvaluation, b: 'index' | 'total') => (b === 'index' ? e.index.value : e.total.value);
  const ranks = competitionRanks(
    evaluated.map((e) => pick(e, basisRank)),
    basisRank === 'index' ? di : d,
  );
  evaluated.forEach((e, i) => {
    e.rank = ranks[i] ?? null;
    const band = classify(pick(e, basisClass), fw.classification.bands, basisClass === 'index' ? di : d);
    e.class = band ? adjustClass(e.unitId, band, fw.classification, options.subordinates, options.adjustments) : null;
  });
  return {
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    unitType: fw.unitType,
    decimals: d,
    units: evaluated,
    ok: evaluated.every((e) => e.problems.length === 0),
  };
}

/** Subordinate classes out of an evaluated cycle (units need `parentId`), for the parent cycle's rules. */
export function subordinatesOf(cycle: CycleEvaluation): SubordinateClass[] {
  return cycle.units
    .filter((u) => u.parentId !== undefined)
    .map((u) => ({ unitId: u.unitId, parentId: u.parentId!, class: u.class?.code ?? null, unitType: cycle.unitType }));
}

const unitProblem = (unitId: string, path: string, code: string, message: string, detail: string): Problem => ({
  path: `/units/${unitId}${path}`,
  code,
  message,
  detail,
});

/** Scores one unit (no rank, no class: those need the whole cycle). */
export function evaluateUnit(fw: Framework, u: UnitResults, options: EvaluateOptions = {}): UnitEvaluation {
  const { leaves, byCode, methods, deptName, manualRules, cellOf, cellDefs } = compile(fw);
  const maxScaled = scaledMaxima(fw);
  const d = fw.rounding.decimals;
  const mode = fw.rounding.mode;
  const at = fw.rounding.at;
  const problems: Problem[] = [];
  const na = new Set(u.notApplicable ?? []);
  for (const code of na) {
    const l = byCode.get(code);
    if (!l)
      problems.push(
        unitProblem(u.unitId, `/notApplicable`, 'UNKNOWN_CODE', `Mã "${code}" không có trong bộ tiêu chí.`, `Unknown code ${code}`),
      );
    else if ((l.applicability?.mode ?? 'always') === 'always')
      problems.push(
        unitProblem(
          u.unitId,
          `/notApplicable`,
          'NOT_APPLICABLE_NOT_ALLOWED',
          `Tiêu chí "${code}" áp dụng cho mọi đơn vị, không thể khai báo "không áp dụng".`,
          `Node ${code} applies always`,
        ),
      );
  }
  for (const code of Object.keys(u.scores))
    if (!byCode.has(code))
      problems.push(
        unitProblem(u.unitId, `/scores/${code}`, 'UNKNOWN_CODE', `Mã "${code}" không có trong bộ tiêu chí.`, `Unknown code ${code}`),
      );

  // Per leaf: raw value (unrounded) and whether known.
  const n = leaves.length;
  const raw: (number | null)[] = new Array(n).fill(null);
  const applicable: boolean[] = new Array(n).fill(true);
  const leafOut: LeafResult[] | undefined = options.includeLeaves === false ? undefined : [];
  for (let i = 0; i < n; i++) {
    const l = leaves[i]!;
    const isApplicable = !(na.has(l.code) && l.applicability?.mode === 'conditional');
    applicable[i] = isApplicable;
    const s = u.scores[l.code];
    let value: number | null = null;
    let origin: Origin = 'unknown';
    let explanation = isApplicable ? 'Chưa có kết quả.' : 'Không áp dụng đối với đơn vị.';
    if (s && isApplicable) {
      if (s.method !== undefined && s.method !== l.method)
        problems.push(
          unitProblem(
            u.unitId,
            `/scores/${l.code}/method`,
            'METHOD_MISMATCH',
            `Tiêu chí "${l.code}" đo bằng ${l.method}, không phải ${s.method}.`,
            `Node ${l.code} is measured by ${l.method}, result says ${s.method}`,
          ),
        );
      const explain = leafOut !== undefined;
      const mr = manualRules[i] as { step?: number };
      const fast =
        !explain &&
        s.input === undefined &&
        typeof s.value === 'number' &&
        s.value >= 0 &&
        s.value <= l.max + 1e-9 &&
        (mr.step === undefined || isMultipleOf(s.value, mr.step));
      const outcome = fast
        ? { ok: true, points: s.value!, explanation: '' }
        : s.input !== undefined
          ? applyRule(l.rule, l.max, s.input, d, explain)
          : s.value !== undefined
            ? applyRule(manualRules[i]!, l.max, { points: s.value }, d, explain)
            : undefined;
      if (outcome?.ok) {
        value = outcome.points!;
        origin = s.input !== undefined ? 'computed' : 'given';
        explanation = outcome.explanation;
      } else if (outcome) {
        const full = explain
          ? outcome
          : applyRule(s.input !== undefined ? l.rule : manualRules[i]!, l.max, s.input ?? { points: s.value! }, d);
        outcome.explanation = full.explanation;
        const above = s.value !== undefined && s.value > l.max;
        problems.push(
          unitProblem(
            u.unitId,
            `/scores/${l.code}`,
            above ? 'SCORE_ABOVE_MAX' : 'INVALID_SCORE',
            `Tiêu chí "${l.code}": ${outcome.explanation}`,
            outcome.error ?? 'invalid score',
          ),
        );
        explanation = outcome.explanation;
      }
    }
    raw[i] = value;
    if (leafOut) {
      const shown = value === null ? null : at === 'leaf' ? fromScaled(toScaled(value, d, mode), d) : value;
      const lr: LeafResult = {
        code: l.code,
        name: l.name,
        kind: l.kind,
        componentCode: l.componentCode,
        method: l.method,
        max: l.max,
        applicable: isApplicable,
        value: shown,
        origin,
        explanation,
      };
      if (s?.self !== undefined) lr.self = s.self;
      if (s?.reason !== undefined) lr.reason = s.reason;
      leafOut.push(lr);
    }
  }

  // Cells: component × method, in scaled integers.
  type Cell = {
    comp: string;
    method: NodeMethod;
    raw: number;
    scaled: number | null;
    known: boolean;
    max: number;
    appMax: number;
    origin: Origin;
  };
  const cellList: Cell[] = cellDefs.map((c) => ({
    comp: c.comp,
    method: c.method,
    raw: 0,
    scaled: 0,
    known: true,
    max: 0,
    appMax: 0,
    origin: 'computed',
  }));
  const cells = new Map<string, Cell>(cellList.map((c, i) => [cellDefs[i]!.key, c]));
  const key = (c: string, m: NodeMethod) => c + '\u0000' + m;
  for (let i = 0; i < n; i++) {
    const l = leaves[i]!;
    const cell = cellList[cellOf[i]!]!;
    cell.max += l.max;
    if (!applicable[i]) continue;
    cell.appMax += l.max;
    const v = raw[i];
    if (v === null || v === undefined) {
      cell.known = false;
      continue;
    }
    cell.raw += v;
    if (cell.scaled !== null) cell.scaled += toScaled(v, d, at === 'leaf' ? mode : 'half-up') * (at === 'leaf' ? 1 : 0);
  }
  for (const cell of cells.values()) {
    if (!cell.known) {
      cell.scaled = null;
      cell.origin = 'unknown';
    } else if (at !== 'leaf') cell.scaled = toScaled(cell.raw, d, mode);
  }
  if (at === 'total')
    apportion(
      [...cells.values()].filter((c) => c.known),
      d,
      mode,
    );

  // Given figures fill what the scored nodes do not; contradictions are reported.
  const given = u.given ?? {};
  const G = (x: number | undefined) => (x === undefined ? undefined : toScaled(x, d, mode));
  const mismatch = (path: string, what: string, givenV: number, computed: number) =>
    problems.push(
      unitProblem(
        u.unitId,
        path,
        'GIVEN_MISMATCH',
        `${what}: số liệu cung cấp ${formatVi(fromScaled(givenV, d), d)} khác số tính từ các tiêu chí ${formatVi(fromScaled(computed, d), d)}.`,
        `${what}: given ${fromScaled(givenV, d)} differs from computed ${fromScaled(computed, d)}`,
      ),
    );

  const components: ComponentResult[] = [];
  const compTotals: { code: string; scaled: number | null; origin: Origin }[] = [];
  for (const comp of fw.components) {
    const gc = given.components?.[comp.code];
    const byMethod: Partial<Record<NodeMethod, Figure>> = {};
    const lostByMethod: Partial<Record<NodeMethod, Figure>> = {};
    const maxByMethod: Partial<Record<NodeMethod, number>> = {};
    const compCells = methods.map((m) => cells.get(key(comp.code, m))).filter((c): c is Cell => c !== undefined);
    for (const cell of compCells) {
      const gv = G(gc?.byMethod?.[cell.method]);
      if (gv !== undefined) {
        if (cell.scaled !== null && cell.scaled !== gv)
          mismatch(`/given/components/${comp.code}/byMethod/${cell.method}`, `Lĩnh vực ${comp.code} (${cell.method})`, gv, cell.scaled);
        else if (cell.scaled === null) {
          cell.scaled = gv;
          cell.origin = 'given';
        }
      }
    }
    // Derive a single unknown cell from a given component total.
    let ctotal: number | null = null;
    let corigin: Origin = 'computed';
    const unknownCells = compCells.filter((c) => c.scaled === null);
    const gt = G(gc?.total);
    if (unknownCells.length === 0) {
      ctotal = compCells.reduce((s, c) => s + c.scaled!, 0);
      corigin = compCells.every((c) => c.origin === 'computed') ? 'computed' : 'given';
      if (gt !== undefined && gt !== ctotal) mismatch(`/given/components/${comp.code}/total`, `Lĩnh vực ${comp.code}`, gt, ctotal);
    } else if (gt !== undefined) {
      ctotal = gt;
      corigin = 'given';
      if (unknownCells.length === 1) {
        const c0 = unknownCells[0]!;
        c0.scaled = gt - compCells.reduce((s, c) => s + (c.scaled ?? 0), 0);
        c0.origin = 'derived';
      }
    }
    let lostScaled: number | null = ctotal === null ? null : 0;
    let appMax = 0;
    for (const cell of compCells) {
      maxByMethod[cell.method] = cell.max;
      appMax += cell.appMax;
      byMethod[cell.method] = { value: cell.scaled === null ? null : fromScaled(cell.scaled, d), origin: cell.origin };
      const cl = cell.scaled === null ? null : toScaled(cell.appMax, d) - cell.scaled;
      lostByMethod[cell.method] = {
        value: cl === null ? null : fromScaled(cl, d),
        origin: cl === null ? 'unknown' : cell.origin === 'computed' ? 'computed' : 'derived',
      };
      if (lostScaled !== null) lostScaled = cl === null ? null : lostScaled + cl;
    }
    if (lostScaled === null && ctotal !== null) lostScaled = toScaled(appMax, d) - ctotal;
    components.push({
      code: comp.code,
      name: comp.name,
      max: comp.max,
      applicableMax: appMax,
      maxByMethod,
      total: { value: ctotal === null ? null : fromScaled(ctotal, d), origin: ctotal === null ? 'unknown' : corigin },
      byMethod,
      lost: {
        value: lostScaled === null ? null : fromScaled(lostScaled, d),
        origin: lostScaled === null ? 'unknown' : corigin === 'computed' ? 'computed' : 'derived',
      },
      lostByMethod,
    });
    compTotals.push({ code: comp.code, scaled: ctotal, origin: ctotal === null ? 'unknown' : corigin });
  }

  // Per method across components.
  const byMethod: Partial<Record<NodeMethod, Figure>> = {};
  const methodScaled = new Map<NodeMethod, { scaled: number | null; origin: Origin }>();
  for (const m of methods) {
    const mc = [...cells.values()].filter((c) => c.method === m);
    let s: number | null = 0;
    let origin: Origin = 'computed';
    for (const c of mc) {
      if (c.scaled === null) {
        s = null;
        break;
      }
      s += c.scaled;
      if (c.origin !== 'computed') origin = c.origin === 'derived' ? 'derived' : origin === 'derived' ? 'derived' : 'given';
    }
    const gv = G(given.byMethod?.[m]);
    if (gv !== undefined) {
      if (s !== null && s !== gv) mismatch(`/given/byMethod/${m}`, `Tổng điểm ${m}`, gv, s);
      else if (s === null) {
        s = gv;
        origin = 'given';
      }
    }
    methodScaled.set(m, { scaled: s, origin: s === null ? 'unknown' : origin });
  }

  // Total.
  let total: number | null = null;
  let torigin: Origin = 'computed';
  const gtot = G(given.total);
  if (compTotals.every((c) => c.scaled !== null)) {
    total = compTotals.reduce((s, c) => s + c.scaled!, 0);
    torigin = compTotals.every((c) => c.origin === 'computed') ? 'computed' : 'given';
    if (gtot !== undefined && gtot !== total) mismatch('/given/total', 'Tổng điểm', gtot, total);
  } else if ([...methodScaled.values()].every((x) => x.scaled !== null)) {
    total = [...methodScaled.values()].reduce((s, x) => s + x.scaled!, 0);
    torigin = 'given';
    if (gtot !== undefined && gtot !== total) mismatch('/given/total', 'Tổng điểm', gtot, total);
  } else if (gtot !== undefined) {
    total = gtot;
    torigin = 'given';
  }
  // A single unknown method total is derived from the total.
  const unknownMethods = [...methodScaled.entries()].filter(([, x]) => x.scaled === null);
  if (total !== null && unknownMethods.length === 1) {
    const [m, x] = unknownMethods[0]!;
    x.scaled = total - [...methodScaled.values()].reduce((s, y) => s + (y.scaled ?? 0), 0);
    x.origin = 'derived';
    void m;
  }
  for (const [m, x] of methodScaled) byMethod[m] = { value: x.scaled === null ? null : fromScaled(x.scaled, d), origin: x.origin };

  let applicableMax = 0;
  for (let i = 0; i < n; i++) if (applicable[i]) applicableMax += toScaled(leaves[i]!.max, d);
  const appMax = fromScaled(applicableMax, d);
  const di = fw.rounding.indexDecimals ?? d;
  const index: Figure =
    total === null || applicableMax === 0
      ? { value: null, origin: 'unknown' }
      : {
          value: fromScaled(toScaled((total / applicableMax) * 100, di, mode), di),
          origin: torigin === 'computed' ? 'computed' : 'derived',
        };

  // Lost points per scored node.
  const items: LostItem[] = [];
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (!applicable[i] || v === null || v === undefined) continue;
    const l = leaves[i]!;
    const achievedS = at === 'leaf' ? toScaled(v, d, mode) : toScaled(v, d, 'half-up');
    const lostS = maxScaled[i]! - achievedS;
    if (lostS <= 0) continue;
    const s = u.scores[l.code];
    // One object shape for every item (absent fields stay undefined and vanish from JSON).
    let li: LostItem['items'];
    let notItemised: number | undefined;
    if (l.kind === 'aggregate') {
      li = s?.lostItems ?? [];
      let itemised = 0;
      for (const x of li) itemised += toScaled(x.points, d);
      notItemised = fromScaled(lostS - itemised, d);
    }
    const item: LostItem = {
      code: l.code,
      name: l.name,
      componentCode: l.componentCode,
      method: l.method,
      departments: l.departments,
      max: l.max,
      achieved: fromScaled(achievedS, d),
      lost: fromScaled(lostS, d),
      reason: s?.reason || undefined,
      items: li,
      notItemised,
    };
    items.push(item);
  }
  const byComponent = fw.components
    .map((c) => {
      const its = items.filter((x) => x.componentCode === c.code);
      return {
        code: c.code,
        name: c.name,
        lost: fromScaled(
          its.reduce((s, x) => s + toScaled(x.lost, d), 0),
          d,
        ),
        items: its,
      };
    })
    .filter((g) => g.items.length > 0);
  const deptMap = new Map<string, LostItem[]>();
  for (const it of items) {
    const ds = it.departments.length > 0 ? it.departments : [UNASSIGNED];
    for (const dc of ds) {
      const arr = deptMap.get(dc) ?? [];
      arr.push(it);
      deptMap.set(dc, arr);
    }
  }
  const byDepartment = [...deptMap.entries()].map(([code, its]) => ({
    code,
    name: code === UNASSIGNED ? 'Chưa xác định phòng/sở phụ trách' : (deptName.get(code) ?? code),
    lost: fromScaled(
      its.reduce((s, x) => s + toScaled(x.lost, d), 0),
      d,
    ),
    items: its,
  }));
  const lostTotal: Figure =
    total === null
      ? { value: null, origin: 'unknown' }
      : { value: fromScaled(applicableMax - total, d), origin: torigin === 'computed' ? 'computed' : 'derived' };

  const result: UnitEvaluation = {
    unitId: u.unitId,
    components,
    byMethod,
    total: { value: total === null ? null : fromScaled(total, d), origin: total === null ? 'unknown' : torigin },
    applicableMax: appMax,
    index,
    rank: null,
    class: null,
    lostPoints: { total: lostTotal, items, byComponent, byDepartment },
    problems,
  };
  if (u.unitName !== undefined) result.unitName = u.unitName;
  if (u.parentId !== undefined) result.parentId = u.parentId;
  if (leafOut) result.leaves = leafOut;
  return result;
}

/** Largest-remainder apportionment: rounds the sum once, then gives the leftover units to the largest remainders. */
function apportion(cells: { raw: number; scaled: number | null }[], d: number, mode: 'half-up' | 'half-even' | 'down'): void {
  const total = toScaled(
    cells.reduce((s, c) => s + c.raw, 0),
    d,
    mode,
  );
  const f = 10 ** d;
  const floors = cells.map((c) => Math.floor(Number((c.raw * f).toPrecision(12))));
  let left = total - floors.reduce((s, x) => s + x, 0);
  const order = cells
    .map((c, i) => ({ i, rem: Number((c.raw * f).toPrecision(12)) - floors[i]! }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  cells.forEach((c, i) => (c.scaled = floors[i]!));
  for (const o of order) {
    if (left <= 0) break;
    cells[o.i]!.scaled! += 1;
    left--;
  }
}
