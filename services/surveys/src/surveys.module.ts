import { Module, type DynamicModule } from '@nestjs/common';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { SURVEYS_PIPELINE, SURVEYS_SCHEMA } from './surveys.tokens';
import { SurveyCriteriaResolver } from './survey-criteria/survey-criteria.resolver';
import { surveysProjections } from './surveys.projections';
import { catalogMigrations } from '@par/frameworks-catalog';

/** The surveys service: sociological surveys (XHH) and SIPAS. For now: which criteria of a cycle are survey-measured. */
@Module({})
export class SurveysModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const pipeline = new ServicePipeline(runtime, {
      service: 'surveys',
      schema: SURVEYS_SCHEMA,
      migrations: catalogMigrations(),
      projections: surveysProjections,
    });
    return {
      module: SurveysModule,
      imports: [RuntimeModule.forService('surveys', runtime), subgraphGraphQLModule({ secret: runtime.internalSecret })],
      providers: [{ provide: SURVEYS_PIPELINE, useValue: pipeline }, SurveyCriteriaResolver],
      exports: [SURVEYS_PIPELINE],
    };
  }
}
