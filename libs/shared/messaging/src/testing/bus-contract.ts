/* Contract for MessageBus implementations (in-process and Kafka). Test-only. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { DLQ_HEADERS, type IncomingMessage, type MessageBus } from '../index';

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function busContract(label: string, makeBus: () => Promise<MessageBus>, timeoutMs = 30_000): void {
  describe(`MessageBus contract (${label})`, () => {
    let bus: MessageBus;
    const run = randomUUID().slice(0, 8);
    beforeAll(async () => {
      bus = await makeBus();
    });
    afterAll(async () => {
      await bus?.close();
    });

    it('delivers published messages with key, JSON value and headers, in order per key', async () => {
      const topic = `par.test-${run}.v1`;
      await bus.publish([{ topic, key: 'stream-1', value: { n: 0 }, headers: { province: 'tinh-a' } }]);
      const got: IncomingMessage[] = [];
      const sub = await bus.subscribe({
        groupId: `g1-${run}`,
        topics: [topic],
        fromBeginning: true,
        handle: async (m) => void got.push(m),
      });
      await bus.publish(
        [1, 2, 3].map((n) => ({ topic, key: 'stream-1', value: { n, text: 'Hồ sơ' }, headers: { province: 'tinh-a', 'event-type': 'T' } })),
      );
      await waitFor(() => got.length >= 4, timeoutMs, 'messages');
      expect(got.map((m) => (m.value as { n: number }).n)).toEqual([0, 1, 2, 3]);
      expect(got[1]).toMatchObject({
        topic,
        key: 'stream-1',
        value: { n: 1, text: 'Hồ sơ' },
        headers: { province: 'tinh-a', 'event-type': 'T' },
      });
      expect(typeof got[1]!.partition).toBe('number');
      expect(got[1]!.offset).toMatch(/^\d+$/);
      await waitFor(async () => (await sub.lag()) === 0, timeoutMs, 'lag 0');
      await sub.close();
    });

    it('a group resumes from its committed offset; a new group without fromBeginning starts at the end', async () => {
      const topic = `par.test-resume-${run}.v1`;
      const seen: number[] = [];
      const handle = async (m: IncomingMessage) => void seen.push((m.value as { n: number }).n);
      let sub = await bus.subscribe({ groupId: `g2-${run}`, topics: [topic], fromBeginning: true, handle });
      await bus.publish([{ topic, key: 'k', value: { n: 1 }, headers: {} }]);
      await waitFor(() => seen.length === 1, timeoutMs, 'first');
      await sub.close();
      await bus.publish([{ topic, key: 'k', value: { n: 2 }, headers: {} }]);
      sub = await bus.subscribe({ groupId: `g2-${run}`, topics: [topic], fromBeginning: true, handle });
      await waitFor(() => seen.length === 2, timeoutMs, 'second');
      expect(seen).toEqual([1, 2]);
      await sub.close();
      const late: number[] = [];
      const sub2 = await bus.subscribe({
        groupId: `g3-${run}`,
        topics: [topic],
        handle: async (m) => void late.push((m.value as { n: number }).n),
      });
      await new Promise((r) => setTimeout(r, 500));
      await bus.publish([{ topic, key: 'k', value: { n: 3 }, headers: {} }]);
      await waitFor(() => late.length === 1, timeoutMs, 'late');
      expect(late).toEqual([3]);
      await sub2.close();
    });

    it('retries a failing message, then sends it to the dead-letter topic and moves on', async () => {
      const topic = `par.test-dlq-${run}.v1`;
      let attempts = 0;
      const ok: number[] = [];
      const sub = await bus.subscribe({
        groupId: `g4-${run}`,
        topics: [topic],
        fromBeginning: true,
        maxRetries: 2,
        handle: async (m) => {
          const n = (m.value as { n: number }).n;
          if (n === 1) {
            attempts += 1;
            throw new Error('boom');
          }
          ok.push(n);
        },
      });
      const dead: IncomingMessage[] = [];
      const dlq = await bus.subscribe({
        groupId: `g4-dlq-${run}`,
        topics: [`${topic}.dlq`],
        fromBeginning: true,
        handle: async (m) => void dead.push(m),
      });
      await bus.publish([
        { topic, key: 'k', value: { n: 1 }, headers: { 'event-id': 'e1' } },
        { topic, key: 'k', value: { n: 2 }, headers: { 'event-id': 'e2' } },
      ]);
      await waitFor(() => ok.length === 1 && dead.length === 1, timeoutMs, 'dlq');
      expect(attempts).toBe(3);
      expect(ok).toEqual([2]);
      expect(dead[0]).toMatchObject({
        key: 'k',
        value: { n: 1 },
        headers: { 'event-id': 'e1', [DLQ_HEADERS.originalTopic]: topic, [DLQ_HEADERS.attempts]: '3' },
      });
      expect(dead[0]!.headers[DLQ_HEADERS.error]).toContain('boom');
      await sub.close();
      await dlq.close();
    });

    it('hands a backlog to handleBatch in order, bounded by maxBatch; a failing batch falls back to one by one', async () => {
      const topic = `par.test-batch-${run}.v1`;
      await bus.publish(Array.from({ length: 40 }, (_, n) => ({ topic, key: 'k', value: { n }, headers: { 'event-id': `b${n}` } })));
      const batches: number[][] = [];
      const single: number[] = [];
      const dead: IncomingMessage[] = [];
      const dlq = await bus.subscribe({
        groupId: `g5-dlq-${run}`,
        topics: [`${topic}.dlq`],
        fromBeginning: true,
        handle: async (m) => void dead.push(m),
      });
      const sub = await bus.subscribe({
        groupId: `g5-${run}`,
        topics: [topic],
        fromBeginning: true,
        maxRetries: 0,
        maxBatch: 16,
        handleBatch: async (ms) => {
          const ns = ms.map((m) => (m.value as { n: number }).n);
          if (ns.includes(41)) throw new Error('a poisoned batch');
          batches.push(ns);
        },
        handle: async (m) => {
          const n = (m.value as { n: number }).n;
          if (n === 41) throw new Error('poison');
          single.push(n);
        },
      });
      await waitFor(() => batches.flat().length + single.length >= 40, timeoutMs, 'the backlog');
      expect([...batches.flat(), ...single].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n));
      expect(batches.every((b) => b.length <= 16 && b.every((n, i) => i === 0 || n === b[i - 1]! + 1))).toBe(true);
      expect(batches.some((b) => b.length > 1)).toBe(true);
      // a batch holding a message its handler cannot apply: the others are applied alone, the bad one dead-lettered
      const before = single.length;
      await bus.publish([40, 41, 42].map((n) => ({ topic, key: 'k', value: { n }, headers: { 'event-id': `b${n}` } })));
      await waitFor(() => dead.length === 1 && batches.flat().length + single.length >= 42, timeoutMs, 'the poisoned batch');
      expect(dead[0]!.value).toEqual({ n: 41 });
      expect([...batches.flat(), ...single.slice(before)].filter((n) => n >= 40).sort()).toEqual([40, 42]);
      await sub.close();
      await dlq.close();
    });
  });
}
