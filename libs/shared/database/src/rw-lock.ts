/**
 * In-process readers–writer lock (PGlite's named locks): many readers or one writer; a waiting writer goes
 * before readers that arrive after it, so a steady stream of readers cannot starve it.
 */
export class RwLock {
  private readers = 0;
  private writer = false;
  private queue: { write: boolean; wake: () => void }[] = [];

  async shared<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writer || this.queue.length > 0) await new Promise<void>((wake) => this.queue.push({ write: false, wake }));
    else this.readers += 1;
    try {
      return await fn();
    } finally {
      this.readers -= 1;
      this.next();
    }
  }

  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writer || this.readers > 0 || this.queue.length > 0) await new Promise<void>((wake) => this.queue.push({ write: true, wake }));
    else this.writer = true;
    try {
      return await fn();
    } finally {
      this.writer = false;
      this.next();
    }
  }

  /** Hands the lock to the next writer, or to every reader queued before the next writer. */
  private next(): void {
    if (this.writer || this.readers > 0) return;
    const first = this.queue[0];
    if (!first) return;
    if (first.write) {
      this.queue.shift();
      this.writer = true;
      first.wake();
      return;
    }
    while (this.queue[0] && !this.queue[0].write) {
      this.readers += 1;
      this.queue.shift()!.wake();
    }
  }
}
