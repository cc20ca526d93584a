import type { Framework, Leaf } from '../framework/framework.types';
import { fromScaled, toScaled } from '../numbers/decimal';
import type { LostItem, LostPoints, ScoreEntry, UnitResults } from './evaluate-cycle.types';
import type { LeafScore } from './evaluate-leaf';
import type { PreparedFramework } from './prepared-framework';

const UNASSIGNED = '_unassigned';

type LostGroup = LostPoints['byComponent'][number];

/** Lost points (max − achieved) per applicable scored node, grouped by component and by department. */
export function lostPointsOf(
  fw: Framework,
  prepared: PreparedFramework,
  unit: UnitResults,
  scores: readonly LeafScore[],
): Omit<LostPoints, 'total'> {
  const { decimals, mode, at } = fw.rounding;
  const items: LostItem[] = [];
  for (let i = 0; i < prepared.leaves.length; i++) {
    const { applicable, value } = scores[i]!;
    if (!applicable || value === null) continue;
    const achieved = toScaled(value, decimals, at === 'leaf' ? mode : 'half-up');
    const lost = prepared.scaledMaxima[i]! - achieved;
    if (lost > 0) items.push(lostItem(prepared.leaves[i]!, unit.scores[prepared.leaves[i]!.code], achieved, lost, decimals));
  }
  return { items, byComponent: byComponent(fw, items, decimals), byDepartment: byDepartment(prepared, items, decimals) };
}

function lostItem(leaf: Leaf, entry: ScoreEntry | undefined, achieved: number, lost: number, decimals: number): LostItem {
  // One object shape for every item (absent fields stay undefined and vanish from JSON).
  let items: LostItem['items'];
  let notItemised: number | undefined;
  if (leaf.kind === 'aggregate') {
    items = entry?.lostItems ?? [];
    let itemised = 0;
    for (const x of items) itemised += toScaled(x.points, decimals);
    notItemised = fromScaled(lost - itemised, decimals);
  }
  return {
    code: leaf.code,
    name: leaf.name,
    componentCode: leaf.componentCode,
    method: leaf.method,
    departments: leaf.departments,
    max: leaf.max,
    achieved: fromScaled(achieved, decimals),
    lost: fromScaled(lost, decimals),
    reason: entry?.reason || undefined,
    items,
    notItemised,
  };
}

function sumLost(items: readonly LostItem[], decimals: number): number {
  return fromScaled(
    items.reduce((s, x) => s + toScaled(x.lost, decimals), 0),
    decimals,
  );
}

function byComponent(fw: Framework, items: readonly LostItem[], decimals: number): LostGroup[] {
  return fw.components
    .map((c) => {
      const own = items.filter((x) => x.componentCode === c.code);
      return { code: c.code, name: c.name, lost: sumLost(own, decimals), items: own };
    })
    .filter((g) => g.items.length > 0);
}

/** An item with several departments is listed under each; one without any under "not assigned". */
function byDepartment(prepared: PreparedFramework, items: readonly LostItem[], decimals: number): LostGroup[] {
  const byCode = new Map<string, LostItem[]>();
  for (const it of items) {
    for (const code of it.departments.length > 0 ? it.departments : [UNASSIGNED]) {
      const list = byCode.get(code) ?? [];
      list.push(it);
      byCode.set(code, list);
    }
  }
  return [...byCode.entries()].map(([code, own]) => ({
    code,
    name: code === UNASSIGNED ? 'Chưa xác định phòng/sở phụ trách' : (prepared.departmentNames.get(code) ?? code),
    lost: sumLost(own, decimals),
    items: own,
  }));
}
