import type { EventStore } from '@par/event-store';
import { ValidationError, type RequestContext } from '@par/kernel';
import { planUnitImport, type UnitImportProblem, type UnitImportRow } from '@par/frameworks-domain';
import { decideOnRegistry, readRegistry } from './decide-on-registry';

/** Bounded: a province has a few hundred units; more rows are refused before planning. */
export const MAX_IMPORT_ROWS = 5000;

export interface UnitImportResult {
  /** Events appended (registrations and lineage); 0 when the rows were already imported or have problems. */
  imported: number;
  unchanged: number;
  problems: UnitImportProblem[];
}

/**
 * Imports a unit list: a plan on the registry as read reports every bad row (nothing written), then one decision
 * of all the rows appends all their events atomically with the registry's expected version (a concurrent change
 * gives CONCURRENCY_CONFLICT, and the decision re-checks every rule). The same rows again append nothing.
 * Used by the `importUnits` mutation and by `par units import`. Authorization is the caller's.
 */
export async function importUnitRows(store: EventStore, ctx: RequestContext, now: Date, rows: UnitImportRow[]): Promise<UnitImportResult> {
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ValidationError({
      code: 'TOO_MANY_ROWS',
      messageVi: `Tệp có ${rows.length} dòng, vượt quá giới hạn ${MAX_IMPORT_ROWS} dòng.`,
      detail: `${rows.length} rows > ${MAX_IMPORT_ROWS}`,
    });
  }
  const plan = planUnitImport(rows, await readRegistry(store, ctx.province));
  if (plan.problems.length || plan.changes.length === 0) return { imported: 0, unchanged: plan.unchanged, problems: plan.problems };
  const { events } = await decideOnRegistry({
    store,
    ctx,
    now,
    command: { type: 'ApplyUnitChanges', changes: plan.changes },
    reason: 'Nhập danh mục đơn vị từ tệp',
  });
  return { imported: events, unchanged: plan.unchanged, problems: [] };
}
