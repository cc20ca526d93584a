import type { Framework, Leaf, NodeMethod, ScoringRule } from '../framework/framework.types';
import { leavesOf } from '../framework/framework-nodes';
import { toScaled } from '../numbers/decimal';
import type { ScoreLimits } from '../rules/validate-score';

/** One component × method cell of the totals: the leaves of a component measured by one method. */
export interface CellDefinition {
  componentCode: string;
  method: NodeMethod;
}

/** What every unit of a cycle needs from the framework, worked out once per framework object. */
export interface PreparedFramework {
  leaves: Leaf[];
  leafByCode: Map<string, Leaf>;
  /** Per leaf: the rule that checks a directly given value (manual, in the leaf's step when it has one). */
  manualRules: ScoringRule[];
  /** Per leaf: what a directly given value is checked against (scoreViolation). */
  scoreLimits: ScoreLimits[];
  /** Per leaf: its maximum as a scaled integer at the framework's decimals. */
  scaledMaxima: number[];
  /** Per leaf: index of its component × method cell in `cells`. */
  cellOfLeaf: number[];
  cells: CellDefinition[];
  /** The leaves' methods, in order of first appearance. */
  methods: NodeMethod[];
  /** Per component code: indices of its cells, in the order of `methods`. */
  cellsOfComponent: Map<string, number[]>;
  /** Per method (aligned with `methods`): indices of its cells, in the order of `cells`. */
  cellsOfMethod: number[][];
  departmentNames: Map<string, string>;
}

const prepared = new WeakMap<Framework, PreparedFramework>();

export function prepareFramework(fw: Framework): PreparedFramework {
  let p = prepared.get(fw);
  if (!p) {
    p = build(fw);
    prepared.set(fw, p);
  }
  return p;
}

function build(fw: Framework): PreparedFramework {
  const leaves = leavesOf(fw);
  const { cells, cellOfLeaf } = cellsOf(leaves);
  const methods = methodsOf(leaves);
  return {
    leaves,
    leafByCode: new Map(leaves.map((l) => [l.code, l])),
    manualRules: leaves.map(manualRuleOf),
    scoreLimits: leaves.map(scoreLimitsOf),
    scaledMaxima: leaves.map((l) => toScaled(l.max, fw.rounding.decimals)),
    cellOfLeaf,
    cells,
    methods,
    cellsOfComponent: cellsByComponent(fw, cells, methods),
    cellsOfMethod: methods.map((m) => cells.flatMap((c, k) => (c.method === m ? [k] : []))),
    departmentNames: new Map(fw.departments.map((d) => [d.code, d.name])),
  };
}

function stepOf(l: Leaf): number | undefined {
  return l.rule.type === 'manual' ? l.rule.step : undefined;
}

function manualRuleOf(l: Leaf): ScoringRule {
  const step = stepOf(l);
  return step !== undefined ? { type: 'manual', step } : { type: 'manual' };
}

function scoreLimitsOf(l: Leaf): ScoreLimits {
  const step = stepOf(l);
  return step !== undefined ? { code: l.code, max: l.max, step } : { code: l.code, max: l.max };
}

function methodsOf(leaves: readonly Leaf[]): NodeMethod[] {
  const methods: NodeMethod[] = [];
  for (const l of leaves) if (!methods.includes(l.method)) methods.push(l.method);
  return methods;
}

function cellsOf(leaves: readonly Leaf[]): { cells: CellDefinition[]; cellOfLeaf: number[] } {
  const cells: CellDefinition[] = [];
  const indexOfKey = new Map<string, number>();
  const cellOfLeaf = leaves.map((l) => {
    const key = l.componentCode + '\u0000' + l.method;
    let k = indexOfKey.get(key);
    if (k === undefined) {
      k = cells.length;
      cells.push({ componentCode: l.componentCode, method: l.method });
      indexOfKey.set(key, k);
    }
    return k;
  });
  return { cells, cellOfLeaf };
}

function cellsByComponent(fw: Framework, cells: readonly CellDefinition[], methods: readonly NodeMethod[]): Map<string, number[]> {
  const byComponent = new Map<string, number[]>();
  for (const comp of fw.components) {
    const own: number[] = [];
    for (const m of methods) {
      const k = cells.findIndex((c) => c.componentCode === comp.code && c.method === m);
      if (k >= 0) own.push(k);
    }
    byComponent.set(comp.code, own);
  }
  return byComponent;
}
