import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ValidationError } from '@par/kernel';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { frameworkDecider, frameworkStreamId } from '@par/frameworks-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { parseFramework } from '@par/scoring';
import { PublishFrameworkCommand } from './publish-framework.command';
import { toScoringItems } from './to-scoring-items';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';

@CommandHandler(PublishFrameworkCommand)
export class PublishFrameworkHandler implements ICommandHandler<PublishFrameworkCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, definition, format, reason }: PublishFrameworkCommand): Promise<FrameworkVersionType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const parsed = parseFramework(definition, format);
    if (!parsed.ok || !parsed.framework) {
      throw new ValidationError({
        code: 'FRAMEWORK_INVALID',
        messageVi: `Bộ tiêu chí không hợp lệ: ${parsed.problems.length} lỗi. ${parsed.problems
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join('; ')}`,
        detail: parsed.problems.map((p) => `${p.path} ${p.code}: ${p.detail}`).join('\n'),
        meta: { problems: parsed.problems },
      });
    }
    const fw = parsed.framework;
    if (fw.province !== ctx.province) {
      throw new ValidationError({
        code: 'FRAMEWORK_PROVINCE_MISMATCH',
        messageVi: `Bộ tiêu chí thuộc tỉnh "${fw.province}", không phải tỉnh của phiên làm việc.`,
        detail: `Framework province ${fw.province} differs from the session province ${ctx.province}`,
      });
    }
    const data = {
      frameworkId: fw.id,
      name: fw.name,
      unitType: fw.unitType,
      definition: fw,
      components: fw.components.map((c) => ({ code: c.code, name: c.name, maxPoints: c.max })),
      items: toScoringItems(fw),
      totalMaxPoints: fw.totalMax,
    };
    const { state } = await runDecision({
      store: this.store,
      decider: frameworkDecider,
      streamId: frameworkStreamId(ctx.province, fw.id),
      command: { type: 'PublishFrameworkVersion', data },
      ctx,
      now: this.runtime.now(),
      reason: reason ?? `Ban hành theo ${fw.decision.number}`,
    });
    // the version just published, or the existing one when the same definition was sent again
    const version = state.latestFrameworkVersion;
    return { ...data, version, totalMaxPoints: data.totalMaxPoints };
  }
}
