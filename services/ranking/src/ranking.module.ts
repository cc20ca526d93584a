import { Module, type DynamicModule } from '@nestjs/common';
import { RuntimeModule, ServicePipeline, subgraphGraphQLModule, type ServiceRuntime } from '@par/nest-platform';
import { applyCatalogEvent, catalogMigrations } from '@par/frameworks-catalog';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1 } from '@par/frameworks-contracts';
import { ASSESSMENTS_TOPIC, type ScoreRecordedV1 } from '@par/assessments-contracts';
import { RANKING_PIPELINE, RANKING_SCHEMA } from './ranking.tokens';
import { rankingMigrations } from './ranking.migrations';
import { applyScoreAndRecompute, recomputeCycle } from './recompute-ranking/apply-score';
import { RankingResolver } from './read-ranking/ranking.resolver';

/** The ranking service: totals, index %, ranks and classes per cycle, recomputed from published scores. */
@Module({})
export class RankingModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    const pipeline = new ServicePipeline(runtime, {
      service: 'ranking',
      schema: RANKING_SCHEMA,
      migrations: [...catalogMigrations(), ...rankingMigrations()],
      projections: [
        {
          name: 'catalog',
          topics: [FRAMEWORKS_TOPIC],
          handle: async (tx, m) => {
            const e = m.value as FrameworksEventV1;
            await applyCatalogEvent(tx, RANKING_SCHEMA, e);
            {
              const { rows } = await tx.query<{ cycle_id: string }>(`SELECT cycle_id FROM ${RANKING_SCHEMA}.catalog_cycles`);
              for (const r of rows) await recomputeCycle(tx, r.cycle_id, m.headers['event-id'] ?? '');
            }
          },
        },
        {
          name: 'scores',
          topics: [ASSESSMENTS_TOPIC],
          handle: (tx, m) => applyScoreAndRecompute(tx, m.value as ScoreRecordedV1),
        },
      ],
    });
    return {
      module: RankingModule,
      imports: [
        RuntimeModule.forService('ranking', runtime),
        subgraphGraphQLModule({ secret: runtime.internalSecret }),
      ],
      providers: [{ provide: RANKING_PIPELINE, useValue: pipeline }, RankingResolver],
      exports: [RANKING_PIPELINE],
    };
  }
}
