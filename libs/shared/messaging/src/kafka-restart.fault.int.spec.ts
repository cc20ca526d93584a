/*
 * Kafka restarted mid-flow: publishes during the outage are retried by the caller (as the forwarder
 * does), the subscription rebuilds itself and every message is consumed at least once.
 * Restarts the broker, so it runs only with PAR_FAULT_TESTS=1.
 * Restart command: PAR_KAFKA_RESTART_CMD (default `bash infra/local/restart.sh kafka`).
 */
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { createKafkaBus, kafkaBrokersFromEnv } from './kafka-bus';
import { waitFor } from './testing/bus-contract';

const enabled = process.env['PAR_FAULT_TESTS'] === '1';
const restartCmd = process.env['PAR_KAFKA_RESTART_CMD'] || 'bash infra/local/restart.sh kafka';

(enabled ? describe : describe.skip)('Kafka restart (fault)', () => {
  it('consumes every message published before, during and after a broker restart', async () => {
    const bus = createKafkaBus({
      brokers: kafkaBrokersFromEnv(),
      clientId: `par-fault-${randomUUID().slice(0, 8)}`,
      onError: () => undefined,
    });
    const topic = `par.fault-${randomUUID().slice(0, 8)}.v1`;
    const got = new Set<number>();
    const sub = await bus.subscribe({
      groupId: `fault-${topic}`,
      topics: [topic],
      fromBeginning: true,
      handle: async (m) => void got.add((m.value as { n: number }).n),
    });
    const publishWithRetry = async (n: number) => {
      for (let attempt = 0; ; attempt++) {
        try {
          await bus.publish([{ topic, key: `k${n % 5}`, value: { n }, headers: {} }]);
          return;
        } catch (e) {
          if (attempt > 120) throw e;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    };
    try {
      for (let n = 0; n < 50; n++) await publishWithRetry(n);
      // Async, so publishing and consuming go on while the broker is down.
      const restart = promisify(exec)(restartCmd).then(() => undefined);
      for (let n = 50; n < 100; n++) await publishWithRetry(n);
      await restart;
      for (let n = 100; n < 150; n++) await publishWithRetry(n);
      await waitFor(() => got.size === 150, 120_000, 'all messages after restart');
      expect(got.size).toBe(150);
    } finally {
      await sub.close();
      await bus.close();
    }
  }, 240_000);
});
