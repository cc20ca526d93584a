import { randomUUID } from 'node:crypto';
import { createKafkaBus, kafkaBrokersFromEnv } from './kafka-bus';
import { busContract } from './testing/bus-contract';
import { deleteTestTopics } from './testing/delete-test-topics';

afterAll(() => deleteTestTopics(/^par\.test-/));

busContract(
  'Kafka',
  async () => createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `par-test-${randomUUID().slice(0, 8)}` }),
  60_000,
);

describe('Kafka bus readiness (ping)', () => {
  it('answers when the broker does, and fails within its timeout when there is none', async () => {
    const up = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `par-test-${randomUUID().slice(0, 8)}` });
    const none = createKafkaBus({ brokers: ['127.0.0.1:1'], clientId: `par-test-${randomUUID().slice(0, 8)}` });
    try {
      await expect(up.ping(5_000)).resolves.toBeUndefined();
      const started = Date.now();
      await expect(none.ping(1_000)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await up.close();
      await none.close();
    }
  }, 30_000);
});
