import { createInProcessBus } from './in-process-bus';
import { busContract } from './testing/bus-contract';

busContract('in-process', async () => createInProcessBus(), 5_000);
