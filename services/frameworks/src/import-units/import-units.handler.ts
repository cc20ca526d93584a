import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { ValidationError } from '@par/kernel';
import { planUnitImport } from '@par/frameworks-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import { decideOnRegistry, readRegistry } from '../unit-registry/decide-on-registry';
import { ImportUnitsCommand, type UnitImportResult } from './import-units.command';

/** Bounded: a province has a few hundred units; a file of more rows is refused before reading it. */
export const MAX_IMPORT_ROWS = 5000;

@CommandHandler(ImportUnitsCommand)
export class ImportUnitsHandler implements ICommandHandler<ImportUnitsCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  /** Plan on the registry as read (every bad row reported, nothing written), then one atomic decision of all rows. */
  async execute({ ctx, rows }: ImportUnitsCommand): Promise<UnitImportResult> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new ValidationError({
        code: 'TOO_MANY_ROWS',
        messageVi: `Tệp có ${rows.length} dòng, vượt quá giới hạn ${MAX_IMPORT_ROWS} dòng.`,
        detail: `${rows.length} rows > ${MAX_IMPORT_ROWS}`,
      });
    }
    const plan = planUnitImport(rows, await readRegistry(this.store, ctx.province));
    if (plan.problems.length || plan.changes.length === 0) return { imported: 0, unchanged: plan.unchanged, problems: plan.problems };
    const { events } = await decideOnRegistry({
      store: this.store,
      ctx,
      now: this.runtime.now(),
      command: { type: 'ApplyUnitChanges', changes: plan.changes },
      reason: 'Nhập danh mục đơn vị từ tệp',
    });
    return { imported: events, unchanged: plan.unchanged, problems: [] };
  }
}
