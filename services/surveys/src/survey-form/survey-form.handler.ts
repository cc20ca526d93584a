import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { findUnit } from '@par/frameworks-catalog';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { usableToken } from '@par/surveys-domain';
import { SURVEYS_SCHEMA, SURVEYS_STORE } from '../surveys.tokens';
import { findSurveyToken } from '../survey-token/find-survey-token';
import { readCampaign } from '../campaign-stream/read-campaign';
import { scaleView } from '../campaign-view/campaign-view.type';
import { SurveyFormQuery } from './survey-form.query';
import type { SurveyFormType } from './survey-form.types';

/** The form a token opens: refused when the token is unknown, used (TOKEN_USED) or expired (TOKEN_EXPIRED). */
@QueryHandler(SurveyFormQuery)
export class SurveyFormHandler implements IQueryHandler<SurveyFormQuery> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ token }: SurveyFormQuery): Promise<SurveyFormType> {
    const record = await findSurveyToken(this.runtime.db, SURVEYS_SCHEMA, token);
    const { state } = await readCampaign(this.store, record.province, record.campaignId);
    const t = usableToken(state, record.tokenHash, this.runtime.now().toISOString());
    const def = state.definition;
    const unit = await this.runtime.db.withProvince(record.province, (tx) => findUnit(tx, SURVEYS_SCHEMA, record.province, t.unitId));
    return {
      campaignName: def.name,
      groupName: def.groups.find((g) => g.code === t.group)?.name ?? t.group,
      unitName: unit?.name ?? t.unitId,
      expiresAt: t.expiresAt,
      scale: scaleView(def),
      questions: def.questions.map((q) => ({ id: q.id, text: q.text, required: q.required })),
    };
  }
}
