import type { Criterion, Framework, Leaf, NodeMethod, Remainder, ScoringRule } from './framework.types';
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

/** A remainder's scoring fields with their defaults resolved (see `Remainder`). */
export interface ResolvedRemainder {
  code: string;
  name: string;
  max: number;
  /** Undefined when not given and the sub-criteria do not share one method (a validation problem). */
  method: NodeMethod | undefined;
  rule: ScoringRule;
  departments: string[];
  applicability?: Remainder['applicability'];
  evidenceRequired?: boolean;
}

/** The code a criterion's remainder is scored under: its own, or `<criterion code>/remainder`. */
export const remainderCode = (cr: Pick<Criterion, 'code' | 'remainder'>): string => cr.remainder?.code ?? `${cr.code}/remainder`;

/** Defaults of a remainder: method shared by the listed sub-criteria, manual rule, no departments. */
export function resolveRemainder(cr: Criterion, r: Remainder): ResolvedRemainder {
  const methods = new Set((Array.isArray(cr.subCriteria) ? cr.subCriteria : []).map((s) => s.method));
  const shared = methods.size === 1 ? [...methods][0] : undefined;
  return {
    code: remainderCode(cr),
    name: r.name,
    max: r.max,
    method: r.method ?? shared,
    rule: r.rule ?? { type: 'manual' },
    departments: r.departments ?? [],
    ...(r.applicability && { applicability: r.applicability }),
    ...(r.evidenceRequired !== undefined && { evidenceRequired: r.evidenceRequired }),
  };
}

/** Flattens a (valid) framework into its scored nodes, in document order (a remainder after its sub-criteria). */
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
        if (cr.remainder) {
          const r = resolveRemainder(cr, cr.remainder);
          const leaf = { ...r, method: r.method!, kind: 'remainder' as const, componentCode: c.code, criterionCode: cr.code };
          out.push({ ...leaf, index: out.length, path: `${rp}/remainder` });
        }
      } else {
        out.push({
          code: cr.code,
          name: cr.name,
          max: cr.max,
          method: cr.method!,
          rule: cr.rule!,
          departments: cr.departments ?? [],
          ...(cr.applicability && { applicability: cr.applicability }),
          ...(cr.evidenceRequired !== undefined && { evidenceRequired: cr.evidenceRequired }),
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
