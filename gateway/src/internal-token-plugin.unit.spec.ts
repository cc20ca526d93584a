import { jest } from '@jest/globals';
import { INTERNAL_TOKEN_HEADER, PUBLIC_CALL_HEADER, verifyInternalToken, verifyPublicCallToken, type VerifiedPrincipal } from '@par/auth';
import type { ProvinceId } from '@par/kernel';
import { internalTokenPlugin, type GatewayServerContext } from './internal-token-plugin';

/** Fake timers move the clock only: promises, I/O and timers stay real. */
const CLOCK_ONLY: Parameters<typeof jest.useFakeTimers>[0] = {
  doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'setInterval'],
};
const secret = 'a-test-secret-of-at-least-32-characters!';
const principal: VerifiedPrincipal = {
  province: 'bac-kan' as ProvinceId,
  actor: { id: 'officer-1', roles: ['unit_officer'], unitId: 'unit-1' },
  issuer: 'http://issuer.test/realms/par-bac-kan',
  expiresAt: Math.floor(Date.now() / 1000) + 300,
};

/** Runs the plugin's onFetch for one subgraph fetch of `context` and returns the headers it sends. */
async function fetchHeaders(plugin: ReturnType<typeof internalTokenPlugin>, context: GatewayServerContext) {
  let sent: Record<string, string> = {};
  const options = { headers: { authorization: 'Bearer user-token', 'content-type': 'application/json' } };
  await (plugin.onFetch as unknown as (p: unknown) => Promise<void>)({
    context,
    options,
    setOptions: (o: { headers: Record<string, string> }) => (sent = o.headers),
  });
  return sent;
}

describe('internal token plugin', () => {
  it("signs one token per request, reused by each of its subgraph fetches, and never forwards the user's token", async () => {
    const plugin = internalTokenPlugin(secret);
    const request: GatewayServerContext = { principal, correlationId: 'corr-1' };
    const first = await fetchHeaders(plugin, request);
    // a second later a token signed again would differ (its iat); the request's own token is reused
    jest.useFakeTimers(CLOCK_ONLY);
    jest.setSystemTime(Date.now() + 1_000);
    const second = await fetchHeaders(plugin, request).finally(() => jest.useRealTimers());
    expect(first['authorization']).toBeUndefined();
    expect(first['x-correlation-id']).toBe('corr-1');
    expect(second[INTERNAL_TOKEN_HEADER]).toBe(first[INTERNAL_TOKEN_HEADER]);
    const ctx = await verifyInternalToken(first[INTERNAL_TOKEN_HEADER], secret);
    expect(ctx).toMatchObject({ province: 'bac-kan', correlationId: 'corr-1', actor: { id: 'officer-1', unitId: 'unit-1' } });
  });

  it('gives another request its own token, with its own correlation id', async () => {
    const plugin = internalTokenPlugin(secret);
    const a = await fetchHeaders(plugin, { principal, correlationId: 'corr-a' });
    const b = await fetchHeaders(plugin, { principal, correlationId: 'corr-b' });
    expect(b[INTERNAL_TOKEN_HEADER]).not.toBe(a[INTERNAL_TOKEN_HEADER]);
    expect((await verifyInternalToken(b[INTERNAL_TOKEN_HEADER], secret)).correlationId).toBe('corr-b');
  });

  it('signs a fresh token for a request that outlives half the token lifetime', async () => {
    const plugin = internalTokenPlugin(secret);
    const request: GatewayServerContext = { principal, correlationId: 'corr-long' };
    // the whole clock moves (jose stamps iat from it too), promises and I/O stay real
    jest.useFakeTimers(CLOCK_ONLY);
    try {
      const start = Date.now();
      const first = await fetchHeaders(plugin, request);
      jest.setSystemTime(start + 29_000);
      expect((await fetchHeaders(plugin, request))[INTERNAL_TOKEN_HEADER]).toBe(first[INTERNAL_TOKEN_HEADER]);
      jest.setSystemTime(start + 31_000);
      const later = await fetchHeaders(plugin, request);
      expect(later[INTERNAL_TOKEN_HEADER]).not.toBe(first[INTERNAL_TOKEN_HEADER]);
      expect((await verifyInternalToken(later[INTERNAL_TOKEN_HEADER], secret)).correlationId).toBe('corr-long');
    } finally {
      jest.useRealTimers();
    }
  });

  it("a public survey call carries the public-call token, not a principal's", async () => {
    const headers = await fetchHeaders(internalTokenPlugin(secret), { principal, correlationId: 'corr-p', publicCall: true });
    expect(headers[INTERNAL_TOKEN_HEADER]).toBeUndefined();
    expect(await verifyPublicCallToken(headers[PUBLIC_CALL_HEADER], secret)).toEqual({ correlationId: 'corr-p' });
  });
});
