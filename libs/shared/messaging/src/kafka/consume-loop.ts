import { MessagesStreamFallbackModes, MessagesStreamModes } from '@platformatic/kafka';
import { handleWithRetries, type OutgoingMessage, type SubscribeOptions } from '../bus';
import { deadLetter } from '../dead-letter';
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
    for await (const raw of c.stream as AsyncIterable<StrMessage>) {
      if (c.stopped || !(await handleAndCommit(c, raw))) break;
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
 * Handles one record (retries, then the DLQ; an unreadable value straight to the DLQ instead of blocking
 * the partition) and commits it. False, uncommitted, when stopped during a failure: redelivered later.
 */
async function handleAndCommit(c: ConsumeLoop, raw: StrMessage): Promise<boolean> {
  const { message: m, unreadable } = readIncoming(raw);
  const failure = unreadable ? { error: unreadable, attempts: 1 } : await handleWithRetries(c.o.handle, m, c.maxRetries, () => c.stopped);
  if (failure && c.stopped) return false;
  if (failure) await deadLetter(c.publish, c.o.groupId, m, failure);
  await raw.commit();
  return true;
}
