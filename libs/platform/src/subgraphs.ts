import type { DynamicModule } from '@nestjs/common';
import type { ServiceRuntime, ServicePipeline } from '@par/nest-platform';
import { FrameworksModule, FRAMEWORKS_PIPELINE } from '@par/service-frameworks';
import { AssessmentsModule, ASSESSMENTS_PIPELINE } from '@par/service-assessments';
import { SurveysModule, SURVEYS_PIPELINE } from '@par/service-surveys';
import { RankingModule, RANKING_PIPELINE } from '@par/service-ranking';
import { ReportingModule, REPORTING_PIPELINE } from '@par/service-reporting';

export interface SubgraphDefinition {
  readonly name: 'frameworks' | 'assessments' | 'surveys' | 'ranking' | 'reporting';
  /** Default port (stack and embedded modes); the supergraph is composed with these URLs. */
  readonly port: number;
  readonly register: (runtime: ServiceRuntime) => DynamicModule;
  readonly pipeline: symbol;
}

export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  { name: 'frameworks', port: 4101, register: (r) => FrameworksModule.register(r), pipeline: FRAMEWORKS_PIPELINE },
  { name: 'assessments', port: 4102, register: (r) => AssessmentsModule.register(r), pipeline: ASSESSMENTS_PIPELINE },
  { name: 'surveys', port: 4103, register: (r) => SurveysModule.register(r), pipeline: SURVEYS_PIPELINE },
  { name: 'ranking', port: 4104, register: (r) => RankingModule.register(r), pipeline: RANKING_PIPELINE },
  { name: 'reporting', port: 4105, register: (r) => ReportingModule.register(r), pipeline: REPORTING_PIPELINE },
];

export const subgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
export type { ServicePipeline };
