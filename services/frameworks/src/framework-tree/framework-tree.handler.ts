import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { findFramework } from '@par/frameworks-catalog';
import { FrameworkTreeQuery } from './framework-tree.query';
import { toFrameworkView } from './framework-view';
import { readFrameworkState } from '../framework-definition/framework-stream';
import { FRAMEWORKS_SCHEMA, FRAMEWORKS_STORE } from '../frameworks.tokens';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

/** A published version from the read catalog; the draft (internal, not published) from the framework's stream. */
@QueryHandler(FrameworkTreeQuery)
export class FrameworkTreeHandler implements IQueryHandler<FrameworkTreeQuery> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, frameworkId, version }: FrameworkTreeQuery): Promise<FrameworkVersionType | null> {
    if (version === null) {
      const { draft } = await readFrameworkState(this.store, ctx.province, frameworkId);
      return draft && toFrameworkView(draft.content, null);
    }
    const f = await this.runtime.db.withProvince(ctx.province, (tx) =>
      findFramework(tx, FRAMEWORKS_SCHEMA, ctx.province, frameworkId, version),
    );
    if (!f) return null;
    const content = { ...f, totalMaxPoints: f.totalMax };
    const meta =
      f.decision && f.validFrom && f.validTo
        ? { decision: f.decision, validFrom: f.validFrom, validTo: f.validTo, amends: f.amends ?? null }
        : null;
    return toFrameworkView(content, {
      frameworkVersion: f.frameworkVersion,
      ...(meta ?? { decision: { number: '', date: '' }, validFrom: '', validTo: '', amends: null }),
    });
  }
}
