import { handleWithRetries, type IncomingMessage, type OutgoingMessage, type SubscribeOptions } from './bus';
import { deadLetter } from './dead-letter';

/** Most messages given to one `handleBatch` call when the subscription does not say (`maxBatch`). */
export const DEFAULT_MAX_BATCH = 500;

/** What handling the messages of one fetch needs from its subscription. */
export interface FetchedContext {
  o: SubscribeOptions;
  maxRetries: number;
  isClosed: () => boolean;
  publish: (messages: OutgoingMessage[]) => Promise<void>;
}

/**
 * Handles messages fetched together, in order: all at once with `handleBatch` when the subscription has one and
 * there is more than one message; else — and when the batch fails for any reason — one by one with `handle`, its
 * retries and the dead-letter topic, so one bad message never holds back or poisons the others (a batch handler
 * must therefore be idempotent per message, as the projections are). Returns how many messages were handled: all,
 * unless the subscription closed during a failure (the rest is left uncommitted and redelivered).
 */
export async function handleFetched(c: FetchedContext, ms: readonly IncomingMessage[]): Promise<number> {
  if (c.o.handleBatch && ms.length > 1) {
    try {
      await c.o.handleBatch(ms);
      return ms.length;
    } catch {
      if (c.isClosed()) return 0;
      // fall through: each message alone decides which of them (if any) is at fault
    }
  }
  let handled = 0;
  for (const m of ms) {
    const failure = await handleWithRetries(c.o.handle, m, c.maxRetries, c.isClosed);
    if (failure && c.isClosed()) break;
    if (failure) await deadLetter(c.publish, c.o.groupId, m, failure);
    handled += 1;
  }
  return handled;
}

/** The batch size a subscription asked for, bounded to 1…10,000. */
export const maxBatchOf = (o: SubscribeOptions): number =>
  o.handleBatch ? Math.max(1, Math.min(10_000, Math.floor(o.maxBatch ?? DEFAULT_MAX_BATCH))) : 1;
