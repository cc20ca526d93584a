import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_SURVEY_RESULTS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SURVEYS_STORE } from '../surveys.tokens';
import { readCampaign } from '../campaign-stream/read-campaign';
import { resolveCampaignCycle } from '../campaign-cycle/resolve-campaign-cycle';
import { resultsView } from './results-view';
import { SurveyResultsQuery } from './survey-results.query';

/** The campaign's last published results (from its stream), with each unit's SIPAS factors. */
@QueryHandler(SurveyResultsQuery)
export class SurveyResultsHandler implements IQueryHandler<SurveyResultsQuery> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, campaignId, unitId }: SurveyResultsQuery) {
    assertAllowed(ctx, READ_SURVEY_RESULTS);
    const { state } = await readCampaign(this.store, ctx.province, campaignId);
    const cycle = await resolveCampaignCycle(this.runtime.db, ctx.province, state.definition.cycleId);
    return resultsView(state, cycle.nodes, unitId);
  }
}
