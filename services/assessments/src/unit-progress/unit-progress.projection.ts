import { evolvingHandler, type EvolvingProjection, type ProjectionSpec } from '@par/projections';
import { ASSESSMENTS_TOPIC } from '@par/assessments-contracts';
import { readUnitProgress } from './unit-progress.read-model';
import { evolveUnitProgress, progressKey, UNIT_PROGRESS_TABLE_KEYS, type ProgressEvent, type UnitProgress } from './unit-progress.evolve';

/** `assessments.unit-progress`: each unit's progress in a cycle, from the published assessment events (load → evolve → write). */
export const unitProgressEvolution: EvolvingProjection<ProgressEvent, UnitProgress | undefined> = {
  tables: UNIT_PROGRESS_TABLE_KEYS,
  decode: (m) => m.value as ProgressEvent,
  load: async (tx, schema, e) => {
    const key = progressKey(e);
    return key ? (await readUnitProgress(tx, schema, key.province, key.cycleId, [key.unitId]))[0] : undefined;
  },
  evolve: evolveUnitProgress,
};

export const unitProgressProjection = (schema: string): ProjectionSpec => ({
  name: 'unit-progress',
  topics: [ASSESSMENTS_TOPIC],
  owns: ['unit_progress'],
  description:
    "Each unit's progress in a cycle (self scores, submission, appraisal, open explanations, final) for the dashboard and queues",
  handle: evolvingHandler(schema, unitProgressEvolution),
});
