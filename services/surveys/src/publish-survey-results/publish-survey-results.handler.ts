import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_SURVEYS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { campaignDecider, campaignStreamId } from '@par/surveys-domain';
import { SURVEYS_STORE } from '../surveys.tokens';
import { readCampaign } from '../campaign-stream/read-campaign';
import { resolveCampaignCycle } from '../campaign-cycle/resolve-campaign-cycle';
import { resultsView } from '../survey-results/results-view';
import { PublishSurveyResultsCommand } from './publish-survey-results.command';

/** Aggregates the campaign and publishes the results (SurveyResultsPublished → SurveyResultsPublishedV1 on par.surveys.v1). */
@CommandHandler(PublishSurveyResultsCommand)
export class PublishSurveyResultsHandler implements ICommandHandler<PublishSurveyResultsCommand> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, campaignId }: PublishSurveyResultsCommand) {
    assertAllowed(ctx, MANAGE_SURVEYS);
    const { state: before } = await readCampaign(this.store, ctx.province, campaignId);
    const cycle = await resolveCampaignCycle(this.runtime.db, ctx.province, before.definition.cycleId);
    const { state } = await runDecision({
      store: this.store,
      decider: campaignDecider,
      streamId: campaignStreamId(ctx.province, campaignId),
      command: { type: 'PublishSurveyResults', data: { campaignId, cycle } },
      ctx,
      now: this.runtime.now(),
    });
    return resultsView(state, cycle.nodes, null)!;
  }
}
