import { createPgliteDatabase } from '@par/database';
import { createInProcessBus } from '@par/messaging';
import { pipelineContract } from './testing/pipeline-contract';

pipelineContract('PGlite + in-process bus', async () => {
  const db = await createPgliteDatabase();
  const bus = createInProcessBus();
  return {
    db,
    bus,
    cleanup: async () => {
      await bus.close();
      await db.close();
    },
  };
});
