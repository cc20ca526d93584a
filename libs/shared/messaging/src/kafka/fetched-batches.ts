const NOTHING_BUFFERED = Symbol('nothing buffered');

/**
 * Groups an async stream's items into batches of what is already buffered: each batch starts with the next item
 * (waiting for it) and takes the following ones only while they are available at once (the stream resolves them
 * without I/O), up to `max`. A slow trickle therefore yields batches of one, without delay; a backlog yields full
 * batches. The item a batch stopped short of stays pending and starts the next batch.
 */
export async function* fetchedBatches<T>(items: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  const it = items[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = null;
  for (;;) {
    const first = await (pending ?? it.next());
    pending = null;
    if (first.done) return;
    const batch = [first.value];
    while (batch.length < max) {
      const next = it.next();
      const r = await Promise.race([
        next,
        new Promise<typeof NOTHING_BUFFERED>((resolve) => setImmediate(() => resolve(NOTHING_BUFFERED))),
      ]);
      if (r === NOTHING_BUFFERED) {
        pending = next;
        break;
      }
      if (r.done) {
        yield batch;
        return;
      }
      batch.push(r.value);
    }
    yield batch;
  }
}
