import { Writable } from 'node:stream';
import { configureLogging } from '@par/observability';
import { HEADERS } from './bus';
import { createInProcessBus } from './in-process-bus';

/** A message whose handler keeps failing is dead-lettered and logged with the correlation id of the request behind it. */
describe('dead-lettered messages are logged with their correlation id, never their payload', () => {
  const lines: Record<string, unknown>[] = [];
  beforeAll(() =>
    configureLogging({
      level: 'info',
      destination: new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(
            ...chunk
              .toString()
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l) as Record<string, unknown>),
          );
          done();
        },
      }),
    }),
  );
  afterAll(() => configureLogging({}));

  it('logs topic, offset, event, province and correlation id of the failed message', async () => {
    const bus = createInProcessBus();
    const dead: string[] = [];
    await bus.subscribe({
      groupId: 'dlq-watch',
      topics: ['par.test.v1.dlq'],
      fromBeginning: true,
      handle: async (m) => void dead.push(m.key ?? ''),
    });
    await bus.subscribe({
      groupId: 'failing-projection',
      topics: ['par.test.v1'],
      fromBeginning: true,
      maxRetries: 1,
      handle: async () => {
        throw new Error('projection bug');
      },
    });
    await bus.publish([
      {
        topic: 'par.test.v1',
        key: 'u1',
        value: { reason: 'nội dung riêng của đơn vị' },
        headers: {
          [HEADERS.province]: 'bac-kan',
          [HEADERS.eventId]: 'e-1',
          [HEADERS.eventType]: 'ScoreRecorded',
          [HEADERS.correlationId]: 'req-42',
        },
      },
    ]);
    for (let i = 0; i < 100 && dead.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await bus.close();
    expect(dead).toEqual(['u1']);
    const line = lines.find((l) => l['msg'] === 'message dead-lettered after its retries');
    expect(line).toMatchObject({
      service: 'messaging',
      level: 50,
      topic: 'par.test.v1',
      offset: '0',
      eventId: 'e-1',
      eventType: 'ScoreRecorded',
      province: 'bac-kan',
      correlationId: 'req-42',
      group: 'failing-projection',
      attempts: 2,
      error: 'projection bug',
    });
    expect(JSON.stringify(lines)).not.toContain('nội dung riêng');
  });
});
