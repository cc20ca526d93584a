import { ConfigError, parsePlatformConfig } from './platform-config';

const STACK = {
  PAR_PG_URL: 'postgres://a:a@db:5432/par',
  PAR_PG_OWNER_URL: 'postgres://o:o@db:5432/par',
  PAR_PG_SYSTEM_URL: 'postgres://s:s@db:5432/par',
  PAR_KAFKA_BROKERS: 'k1:9092, k2:9092',
  PAR_INTERNAL_SECRET: 'x'.repeat(32),
};

const problemsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
  }
  throw new Error('expected a ConfigError');
};

describe('platform configuration', () => {
  it('given a complete stack environment, when parsed, then typed values and defaults', () => {
    const c = parsePlatformConfig({ ...STACK, PAR_PG_POOL_SIZE: '5' }, 'stack');
    expect(c.PAR_KAFKA_BROKERS).toEqual(['k1:9092', 'k2:9092']);
    expect(c.PAR_PG_POOL_SIZE).toBe(5);
    expect(c.PAR_GATEWAY_PORT).toBe(4000);
    expect(c.PAR_LOG_LEVEL).toBe('info');
  });

  it('given stack mode without PAR_PG_URL, when parsed, then a Vietnamese error naming the variable', () => {
    const { PAR_PG_URL: _omit, ...rest } = STACK;
    const e = problemsOf(() => parsePlatformConfig(rest, 'stack'));
    expect(e.problems).toEqual([{ variable: 'PAR_PG_URL', detail: 'required' }]);
    expect(e.message).toContain('biến môi trường PAR_PG_URL thiếu hoặc sai');
  });

  it('given stack mode without Kafka, when parsed, then no silent development broker', () => {
    const { PAR_KAFKA_BROKERS: _omit, ...rest } = STACK;
    expect(problemsOf(() => parsePlatformConfig(rest, 'stack')).problems.map((p) => p.variable)).toEqual(['PAR_KAFKA_BROKERS']);
  });

  it('given embedded mode and an empty environment, when parsed, then the local development defaults', () => {
    const c = parsePlatformConfig({}, 'embedded');
    expect(c.PAR_PG_URL).toContain('127.0.0.1:55432');
    expect(c.PAR_KAFKA_BROKERS).toEqual(['127.0.0.1:59092']);
  });

  it('given a short secret, a bad port and a bad log level, when parsed, then each is named', () => {
    const e = problemsOf(() =>
      parsePlatformConfig({ ...STACK, PAR_INTERNAL_SECRET: 'short', PAR_PORT: '99999', PAR_LOG_LEVEL: 'loud' }, 'stack'),
    );
    expect(e.problems.map((p) => p.variable).sort()).toEqual(['PAR_INTERNAL_SECRET', 'PAR_LOG_LEVEL', 'PAR_PORT']);
  });
});
