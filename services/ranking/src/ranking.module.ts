import { Module, type DynamicModule } from '@nestjs/common';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { catalogMigrations } from '@par/frameworks-catalog';
import { RANKING_PIPELINE, RANKING_SCHEMA } from './ranking.tokens';
import { rankingMigrations } from './ranking.migrations';
import { rankingProjections } from './ranking.projections';
import { RankingResolver } from './read-ranking/ranking.resolver';

/** The ranking service: totals, index %, ranks and classes per cycle, recomputed from published scores. */
@Module({})
export class RankingModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const pipeline = new ServicePipeline(runtime, {
      service: 'ranking',
      schema: RANKING_SCHEMA,
      migrations: [...catalogMigrations(), ...rankingMigrations()],
      projections: rankingProjections,
    });
    return {
      module: RankingModule,
      imports: [RuntimeModule.forService('ranking', runtime), subgraphGraphQLModule({ secret: runtime.internalSecret })],
      providers: [{ provide: RANKING_PIPELINE, useValue: pipeline }, RankingResolver],
      exports: [RANKING_PIPELINE],
    };
  }
}
