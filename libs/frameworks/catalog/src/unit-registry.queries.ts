import type { Sql } from '@par/database';
import type { CatalogUnit } from './catalog.queries';

/** A unit as the registry shows it: validity including the end set by lineage, name as of the date asked. */
export interface RegistryUnitView extends CatalogUnit {
  code: string | null;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
}

export type LineageKind = 'merged' | 'split' | 'renamed' | 'dissolved';
export interface LineageRow {
  kind: LineageKind;
  effectiveDate: string;
  predecessorId: string;
  /** Empty for a dissolution. */
  successorId: string;
  share: number | null;
  decision: { number: string; date: string | null };
  previousName: string | null;
  name: string | null;
}

/** Every lineage row of the province, oldest first. Runs inside `db.withProvince(...)`. */
export async function listUnitLineage(tx: Sql, schema: string, province: string): Promise<LineageRow[]> {
  const { rows } = await tx.query<LineageRow & { share: string | null }>(
    `SELECT kind, to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate", predecessor_id AS "predecessorId",
            successor_id AS "successorId", share::text AS share, decision, previous_name AS "previousName", name
       FROM ${schema}.catalog_unit_lineage WHERE province = $1 ORDER BY effective_date, kind, predecessor_id, successor_id`,
    [province],
  );
  return rows.map((r) => ({ ...r, share: r.share === null ? null : Number(r.share) }));
}

/** The name in force on `date` (null: the latest), from the registered name and the renamings. */
export function nameAsOf(registeredName: string, unitId: string, lineage: readonly LineageRow[], date: string | null): string {
  const renames = lineage.filter((l) => l.kind === 'renamed' && l.predecessorId === unitId);
  if (date === null) return renames.at(-1)?.name ?? registeredName;
  const before = renames.filter((r) => r.effectiveDate <= date).at(-1);
  if (before) return before.name ?? registeredName;
  return renames[0]?.previousName ?? registeredName;
}

/** Pure: the validity end of each unit set by a merger, split or dissolution (the day before the earliest). */
export function lineageEnds(lineage: readonly LineageRow[]): Map<string, string> {
  const ends = new Map<string, string>();
  for (const l of lineage) {
    if (l.kind === 'renamed') continue;
    const [y, m, d] = l.effectiveDate.split('-').map(Number) as [number, number, number];
    const last = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
    const prev = ends.get(l.predecessorId);
    if (!prev || last < prev) ends.set(l.predecessorId, last);
  }
  return ends;
}

/**
 * The registry's units, optionally only those valid on `asOf` (`YYYY-MM-DD`) and of one kind, named as of that
 * date. Runs inside `db.withProvince(...)`.
 */
export async function listRegistryUnits(
  tx: Sql,
  schema: string,
  province: string,
  opts: { asOf?: string | null; kind?: string | null; unitId?: string } = {},
): Promise<RegistryUnitView[]> {
  const { rows } = await tx.query<RegistryUnitView>(
    `SELECT unit_id AS "unitId", name, unit_type AS "unitType", parent_unit_id AS "parentUnitId", code,
            COALESCE(kind, CASE unit_type WHEN 'district' THEN 'DISTRICT' WHEN 'department' THEN 'DEPARTMENT' ELSE 'COMMUNE' END) AS kind,
            to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
       FROM ${schema}.catalog_units WHERE province = $1 ${opts.unitId ? 'AND unit_id = $2' : ''} ORDER BY unit_id`,
    opts.unitId ? [province, opts.unitId] : [province],
  );
  const lineage = await listUnitLineage(tx, schema, province);
  const ends = lineageEnds(lineage);
  const asOf = opts.asOf ?? null;
  return rows
    .map((u) => {
      const end = ends.get(u.unitId);
      const validTo = end && (!u.validTo || end < u.validTo) ? end : u.validTo;
      return { ...u, validTo, name: nameAsOf(u.name, u.unitId, lineage, asOf) };
    })
    .filter((u) => !opts.kind || u.kind === opts.kind)
    .filter((u) => asOf === null || ((u.validFrom === null || u.validFrom <= asOf) && (u.validTo === null || asOf <= u.validTo)));
}

/** One step of a unit's lineage, seen from the unit: the related unit, how and when. */
export interface LineageLink {
  unitId: string;
  kind: LineageKind;
  effectiveDate: string;
  decision: { number: string; date: string | null };
  share: number | null;
  /** 1 = direct predecessor/successor, 2 = its predecessor/successor, ... */
  depth: number;
}

/**
 * Pure: the predecessors (or successors) of a unit through mergers and splits, transitively, nearest first.
 * Renamings keep the body (no other unit) and dissolutions have no successor, so neither adds a link.
 */
export function lineageOf(lineage: readonly LineageRow[], unitId: string, direction: 'predecessors' | 'successors'): LineageLink[] {
  const out: LineageLink[] = [];
  const seen = new Set([unitId]);
  let frontier = [unitId];
  for (let depth = 1; frontier.length; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const l of lineage) {
        if (l.kind !== 'merged' && l.kind !== 'split') continue;
        const [from, to] = direction === 'predecessors' ? [l.successorId, l.predecessorId] : [l.predecessorId, l.successorId];
        if (from !== id || seen.has(to)) continue;
        seen.add(to);
        next.push(to);
        out.push({ unitId: to, kind: l.kind, effectiveDate: l.effectiveDate, decision: l.decision, share: l.share, depth });
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Pure: the registry's lineage in the shape the scoring engine's `compareYears` takes (`LineageEvent` of
 * `@par/scoring`: kind, from, to, effective), one event per merger, split or renaming. Units touched by one
 * between the two years compared are "không so sánh được" unless a baseline is defined.
 */
export function comparisonLineage(
  lineage: readonly LineageRow[],
): { kind: 'merged' | 'split' | 'renamed'; from: string[]; to: string[]; effective: string }[] {
  const groups = new Map<string, { kind: 'merged' | 'split' | 'renamed'; from: string[]; to: string[]; effective: string }>();
  for (const l of lineage) {
    if (l.kind === 'dissolved') continue;
    const key = l.kind === 'merged' ? `m|${l.successorId}|${l.effectiveDate}` : `${l.kind[0]}|${l.predecessorId}|${l.effectiveDate}`;
    const g = groups.get(key) ?? { kind: l.kind, from: [], to: [], effective: l.effectiveDate };
    if (!g.from.includes(l.predecessorId)) g.from.push(l.predecessorId);
    if (!g.to.includes(l.successorId)) g.to.push(l.successorId);
    groups.set(key, g);
  }
  return [...groups.values()];
}
