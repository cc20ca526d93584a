import type { Offsets } from '@platformatic/kafka';
import type { SubscribeOptions } from '../bus';
import { consumerLagGauge } from '../metrics';
import { newOffsetsReader, type KafkaBase, type StrConsumer } from './kafka-clients';

/** A group's lag from the broker: latest offsets minus the group's committed offsets. */
export function groupLagReader(base: KafkaBase, o: SubscribeOptions): { lag(): Promise<number>; close(): Promise<void> } {
  let reader: StrConsumer | null = null;
  return {
    async lag() {
      reader ??= newOffsetsReader(base, o.groupId);
      const latest = await reader.listOffsets({ topics: o.topics });
      const committed = await reader.listCommittedOffsets({
        topics: [...latest].map(([topic, parts]) => ({ topic, partitions: parts.map((_, i) => i) })),
      });
      return lagFromOffsets(latest, committed, o.fromBeginning ?? false);
    },
    async close() {
      await reader?.close(true).catch(() => undefined);
    },
  };
}

/** Sum over partitions of latest minus committed; a partition never committed counts from where the group starts. */
function lagFromOffsets(latest: Offsets, committed: Offsets, fromBeginning: boolean): number {
  let total = 0n;
  for (const [topic, parts] of latest) {
    const c = committed.get(topic) ?? [];
    parts.forEach((end, i) => {
      const done = c[i] ?? -1n;
      const from = done >= 0n ? done : fromBeginning ? 0n : end;
      if (end > from) total += end - from;
    });
  }
  return Number(total);
}

/** Refreshes par_consumer_lag{group,bus="kafka"} every intervalMs (none when 0); the timer does not keep the process alive. */
export function startLagGauge(lag: () => Promise<number>, groupId: string, intervalMs: number): NodeJS.Timeout | null {
  const timer =
    intervalMs > 0
      ? setInterval(() => {
          lag()
            .then((n) => consumerLagGauge.set({ group: groupId, bus: 'kafka' }, n))
            .catch(() => undefined);
        }, intervalMs)
      : null;
  timer?.unref();
  return timer;
}
