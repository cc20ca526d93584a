import { describe, expect, it } from '@jest/globals';
import { RwLock } from './rw-lock';

const tick = () => new Promise((r) => setImmediate(r));

describe('RwLock', () => {
  it('lets readers share, keeps a writer alone, and serves a waiting writer before later readers', async () => {
    const lock = new RwLock();
    const log: string[] = [];
    let releaseR1!: () => void;
    const r1 = lock.shared(() => new Promise<void>((r) => (releaseR1 = r)).then(() => void log.push('r1 done')));
    const r2 = lock.shared(async () => void log.push('r2 ran'));
    await r2; // readers share: r2 runs while r1 holds the lock
    const w = lock.exclusive(async () => void log.push('w ran'));
    const r3 = lock.shared(async () => void log.push('r3 ran'));
    await tick();
    expect(log).toEqual(['r2 ran']); // w waits for r1; r3 waits behind w
    releaseR1();
    await Promise.all([r1, w, r3]);
    expect(log).toEqual(['r2 ran', 'r1 done', 'w ran', 'r3 ran']);
  });

  it('releases on failure', async () => {
    const lock = new RwLock();
    await expect(lock.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.shared(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.exclusive(async () => 'free')).toBe('free');
  });
});
