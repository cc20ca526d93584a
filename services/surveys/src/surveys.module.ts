import { Module } from '@nestjs/common';
import { SurveyCriteriaResolver } from './survey-criteria/survey-criteria.resolver';

/**
 * The surveys service: sociological surveys (XHH) and SIPAS. For now: which criteria of a cycle are survey-measured.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [SurveyCriteriaResolver],
})
export class SurveysModule {}
