import type { Framework, Leaf } from './framework.types';
import { decimalsOf } from '../numbers/decimal';

/** Parses "2/3" or 0.6667 into an exact fraction. */
export function parseShare(s: string | number): { num: number; den: number } | undefined {
  if (typeof s === 'number') {
    if (!Number.isFinite(s)) return undefined;
    const den = 10 ** Math.min(decimalsOf(s), 9);
    return { num: Math.round(s * den), den };
  }
  const m = /^(\d+)\/(\d+)$/.exec(s);
  if (!m) return undefined;
  const num = Number(m[1]);
  const den = Number(m[2]);
  return den > 0 ? { num, den } : undefined;
}

/** Flattens a (valid) framework into its scored nodes, in document order. */
export function leavesOf(fw: Framework): Leaf[] {
  const out: Leaf[] = [];
  fw.components.forEach((c, ci) => {
    (c.criteria ?? []).forEach((cr, ri) => {
      const rp = `/components/${ci}/criteria/${ri}`;
      if (cr.subCriteria && cr.subCriteria.length > 0) {
        cr.subCriteria.forEach((sc, si) =>
          out.push({
            ...sc,
            kind: 'sub-criterion',
            componentCode: c.code,
            criterionCode: cr.code,
            index: out.length,
            path: `${rp}/subCriteria/${si}`,
          }),
        );
      } else {
        out.push({
          code: cr.code,
          name: cr.name,
          max: cr.max,
          method: cr.method!,
          rule: cr.rule!,
          departments: cr.departments ?? [],
          ...(cr.applicability && { applicability: cr.applicability }),
          kind: 'criterion',
          componentCode: c.code,
          index: out.length,
          path: rp,
        });
      }
    });
    (c.aggregates ?? []).forEach((ag, ai) =>
      out.push({
        ...ag,
        departments: ag.departments ?? [],
        kind: 'aggregate',
        componentCode: c.code,
        index: out.length,
        path: `/components/${ci}/aggregates/${ai}`,
      }),
    );
  });
  return out;
}
