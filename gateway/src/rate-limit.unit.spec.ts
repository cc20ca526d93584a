import { buildSchema, parse } from 'graphql';
import { createRateLimiter, DEFAULT_RATE_LIMITS, maxRequestCost, rateLimitsFromEnv, requestCost } from './rate-limit';
import { DEFAULT_GATEWAY_LIMITS } from './limits';
import { parseExplorerSetting } from './explorer';

const schema = buildSchema(`
  type Query { verifyAuditTrail: Boolean, scoreHistory(unitId: ID): [Int], frameworks: [String] }
  type Mutation { recordSelfScore(score: Float): Int }
`);

describe('rate limits', () => {
  it('reads PAR_RATE_LIMIT_* over the defaults and refuses a bad value by name', () => {
    expect(rateLimitsFromEnv({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitsFromEnv({ PAR_RATE_LIMIT_POINTS: '900', PAR_RATE_LIMIT_WINDOW_SECONDS: ' 30 ' })).toMatchObject({
      userPoints: 900,
      windowSeconds: 30,
      integratorPoints: DEFAULT_RATE_LIMITS.integratorPoints,
    });
    for (const bad of ['0', '-1', '1.5', 'lots', '1e3']) {
      expect(() => rateLimitsFromEnv({ PAR_RATE_LIMIT_INTEGRATOR_POINTS: bad })).toThrow(
        'PAR_RATE_LIMIT_INTEGRATOR_POINTS must be a positive integer',
      );
    }
  });

  it('a request costs 1, plus its expensive fields (aliases and spreads each), plus its writes', () => {
    const cost = (q: string, op?: string) => requestCost(schema, parse(q), op, DEFAULT_GATEWAY_LIMITS);
    expect(cost('{ frameworks }')).toBe(1);
    expect(cost('{ verifyAuditTrail a: scoreHistory b: scoreHistory }')).toBe(1 + 40 + 10 + 10);
    expect(cost('query { ...F ...F } fragment F on Query { verifyAuditTrail }')).toBe(81);
    expect(cost('mutation { a: recordSelfScore(score: 1) b: recordSelfScore(score: 2) }')).toBe(3);
    expect(cost('query A { frameworks } query B { verifyAuditTrail }', 'B')).toBe(41);
    expect(maxRequestCost(DEFAULT_GATEWAY_LIMITS)).toBe(106);
  });

  it('keys by province and subject; the integrator has its own, larger budget', async () => {
    const limiter = createRateLimiter({ windowSeconds: 60, userPoints: 3, integratorPoints: 5, anonymousPoints: 1 });
    const user = (province: string, id: string, role: 'auditor' | 'integrator' = 'auditor') =>
      ({ province, actor: { id, roles: [role] }, issuer: 'x', expiresAt: 0 }) as never;
    expect(await limiter.consumeForUser(user('bac-kan', 'a'), 3)).toBeUndefined();
    expect(await limiter.consumeForUser(user('bac-kan', 'a'), 1)).toMatchObject({ key: 'user', limit: 3 });
    expect(await limiter.consumeForUser(user('cao-bang', 'a'), 1)).toBeUndefined();
    expect(await limiter.consumeForUser(user('bac-kan', 'i', 'integrator'), 5)).toBeUndefined();
    const refused = await limiter.consumeForUser(user('bac-kan', 'i', 'integrator'), 1);
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await limiter.consumeForIp('10.0.0.1')).toBeUndefined();
    expect(await limiter.consumeForIp('10.0.0.1')).toMatchObject({ key: 'ip' });
  });

  it('PAR_API_EXPLORER is on, off or unset', () => {
    expect(parseExplorerSetting(undefined, true)).toBe(true);
    expect(parseExplorerSetting('OFF', true)).toBe(false);
    expect(parseExplorerSetting('on', false)).toBe(true);
    expect(() => parseExplorerSetting('yes', false)).toThrow('PAR_API_EXPLORER must be "on" or "off"');
  });
});
