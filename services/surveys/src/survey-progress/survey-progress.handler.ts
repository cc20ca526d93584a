import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_SURVEY_RESULTS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { surveyProgress } from '@par/surveys-domain';
import { SURVEYS_STORE } from '../surveys.tokens';
import { readCampaign } from '../campaign-stream/read-campaign';
import { resolveCampaignCycle } from '../campaign-cycle/resolve-campaign-cycle';
import { SurveyProgressQuery } from './survey-progress.query';

/** Responses per unit and group against the quota, from the campaign's stream. */
@QueryHandler(SurveyProgressQuery)
export class SurveyProgressHandler implements IQueryHandler<SurveyProgressQuery> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, campaignId }: SurveyProgressQuery) {
    assertAllowed(ctx, READ_SURVEY_RESULTS);
    const { state } = await readCampaign(this.store, ctx.province, campaignId);
    const cycle = await resolveCampaignCycle(this.runtime.db, ctx.province, state.definition.cycleId);
    const rows = surveyProgress(state.definition, cycle.unitIds, state.responses);
    const quota = rows.reduce((n, r) => n + r.quota, 0);
    return {
      campaignId,
      responses: state.responses.size,
      quota,
      unitsBelowQuota: new Set(rows.filter((r) => r.responses < r.quota).map((r) => r.unitId)).size,
      publishedVersion: state.published?.resultVersion ?? null,
      rows,
    };
  }
}
