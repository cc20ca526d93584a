import { handleWithRetries, type IncomingMessage } from './bus';

const m: IncomingMessage = { topic: 't', partition: 0, offset: '0', key: 'k', value: {}, headers: {} };

describe('handleWithRetries', () => {
  it('gives up after maxRetries on an error that would fail again', async () => {
    let calls = 0;
    const r = await handleWithRetries(
      async () =>
        void (
          calls++,
          (() => {
            throw new Error('bad data');
          })()
        ),
      m,
      2,
      () => false,
    );
    expect(calls).toBe(3);
    expect(r).toMatchObject({ attempts: 3 });
  });

  it('keeps retrying through a database outage without counting it against the message', async () => {
    let calls = 0;
    const r = await handleWithRetries(
      async () => {
        calls++;
        if (calls <= 5) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      },
      m,
      1,
      () => false,
    );
    expect(r).toBeNull();
    expect(calls).toBe(6);
  });
});
