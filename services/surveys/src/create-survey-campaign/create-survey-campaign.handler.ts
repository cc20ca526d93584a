import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_SURVEYS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { campaignDecider, campaignStreamId, type CampaignDefinition, type CampaignState } from '@par/surveys-domain';
import { SURVEYS_STORE } from '../surveys.tokens';
import { resolveCampaignCycle } from '../campaign-cycle/resolve-campaign-cycle';
import { campaignView } from '../campaign-view/campaign-view.type';
import { parseDefinition } from './parse-definition';
import { CreateSurveyCampaignCommand } from './create-survey-campaign.command';

@CommandHandler(CreateSurveyCampaignCommand)
export class CreateSurveyCampaignHandler implements ICommandHandler<CreateSurveyCampaignCommand> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: CreateSurveyCampaignCommand) {
    assertAllowed(ctx, MANAGE_SURVEYS);
    const definition = parseDefinition(input.definition, input.campaignId, input.cycleId);
    const cycle = await resolveCampaignCycle(this.runtime.db, ctx.province, input.cycleId);
    const { version, state } = await runDecision({
      store: this.store,
      decider: campaignDecider,
      streamId: campaignStreamId(ctx.province, input.campaignId),
      command: { type: 'CreateSurveyCampaign', data: { definition, cycle } },
      ctx,
      now: this.runtime.now(),
    });
    return campaignView(state as CampaignState & { definition: CampaignDefinition }, version);
  }
}
