import { MessagesStreamFallbackModes, MessagesStreamModes } from '@platformatic/kafka';
import type { OutgoingMessage, SubscribeOptions } from '../bus';
import { handleFetched, maxBatchOf } from '../batch';
import { deadLetter } from '../dead-letter';
import { fetchedBatches } from './fetched-batches';
import { newGroupConsumer, type KafkaBase, type StrConsumer, type StrMessage, type StrStream } from './kafka-clients';
import { readIncoming } from './kafka-records';

/** What one subscription's consuming loop works with; `stopped` and `stream` are shared with its close(). */
export interface ConsumeLoop {
  base: KafkaBase;
  o: SubscribeOptions;
  maxRetries: number;
  publish: (messages: OutgoingMessage[]) => Promise<void>;
  onError: (e: unknown) => void;
  /** Called once the first consumer is consuming (and when the loop ends, so a waiting subscribe() returns). */
  ready: () => void;
  stopped: boolean;
  /** The current consumer's stream, closed by close() to end the loop promptly. */
  stream: StrStream | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs until stopped; after a broker/connection failure the consumer is rebuilt (with a backoff from
 * 250 ms doubling to 5 s) and resumes from the committed offsets (at-least-once).
 */
export async function consumeUntilStopped(c: ConsumeLoop): Promise<void> {
  let backoff = 250;
  while (!c.stopped) {
    if (await consumeWithOneConsumer(c)) backoff = 250;
    if (!c.stopped) {
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 5_000);
    }
  }
  c.ready();
}

/** One consumer's life: joins the group and consumes until stopped or failed, then closes. Whether it got to consume. */
async function consumeWithOneConsumer(c: ConsumeLoop): Promise<boolean> {
  let consumer: StrConsumer | null = null;
  let consuming = false;
  try {
    consumer = newGroupConsumer(c.base, c.o.groupId);
    c.stream = await consumer.consume({
      topics: c.o.topics,
      mode: MessagesStreamModes.COMMITTED,
      fallbackMode: c.o.fromBeginning ? MessagesStreamFallbackModes.EARLIEST : MessagesStreamFallbackModes.LATEST,
      autocommit: false,
    });
    c.ready();
    consuming = true;
    for await (const batch of fetchedBatches(c.stream as AsyncIterable<StrMessage>, maxBatchOf(c.o))) {
      if (c.stopped || !(await handleAndCommit(c, batch))) break;
    }
  } catch (e) {
    if (!c.stopped) c.onError(e);
  } finally {
    const s = c.stream;
    c.stream = null;
    await s?.close().catch(() => undefined);
    await consumer?.close(true).catch(() => undefined);
  }
  return consuming;
}

/**
 * Handles the records of one fetch (see `handleFetched`: together when the subscription can, else one by one with
 * retries, then the DLQ; an unreadable value goes straight to the DLQ instead of blocking the partition) and commits
 * the last handled record of each partition. False when stopped during a failure: the rest is redelivered later.
 */
async function handleAndCommit(c: ConsumeLoop, raws: StrMessage[]): Promise<boolean> {
  const read = raws.map(readIncoming);
  const fetched = { o: c.o, maxRetries: c.maxRetries, isClosed: () => c.stopped, publish: c.publish };
  let handled = 0;
  while (handled < read.length) {
    const { message, unreadable } = read[handled]!;
    if (unreadable) {
      await deadLetter(c.publish, c.o.groupId, message, { error: unreadable, attempts: 1 });
      handled += 1;
      continue;
    }
    const end = read.findIndex((r, i) => i > handled && r.unreadable);
    const run = read.slice(handled, end === -1 ? read.length : end).map((r) => r.message);
    const done = await handleFetched(fetched, run);
    handled += done;
    if (done < run.length) break;
  }
  await commitLastOfEachPartition(raws.slice(0, handled));
  return handled === raws.length;
}

async function commitLastOfEachPartition(raws: readonly StrMessage[]): Promise<void> {
  const last = new Map<string, StrMessage>();
  for (const raw of raws) last.set(`${raw.topic}\u0000${raw.partition}`, raw);
  await Promise.all([...last.values()].map((raw) => raw.commit()));
}
