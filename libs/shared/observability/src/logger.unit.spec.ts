import { Writable } from 'node:stream';
import { createLogger, errorFields, logLevelFromEnv } from './logger';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
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
  });
  return { lines, destination };
};

describe('the platform logger', () => {
  it('writes JSON lines with the component, level and fields, and redacts credentials and request bodies', () => {
    const { lines, destination } = capture();
    const log = createLogger('gateway', { level: 'info', destination });
    log.info(
      {
        correlationId: 'c-1',
        province: 'bac-kan',
        headers: { authorization: 'Bearer eyJ.secret' },
        password: 'demo-password',
        variables: { i: { reason: 'lý do riêng' } },
        token: 'abc',
      },
      'request',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      service: 'gateway',
      level: 30,
      msg: 'request',
      correlationId: 'c-1',
      province: 'bac-kan',
      headers: { authorization: '[redacted]' },
      password: '[redacted]',
      variables: '[redacted]',
      token: '[redacted]',
    });
    expect(JSON.stringify(lines[0])).not.toContain('lý do riêng');
  });

  it('escapes what users typed, so it cannot forge a log line', () => {
    const { lines, destination } = capture();
    createLogger('graphql', { level: 'info', destination }).warn({ unitName: 'Xã A"}\n{"level":60,"msg":"giả mạo' }, 'x');
    expect(lines).toHaveLength(1);
    expect(lines[0]!['unitName']).toBe('Xã A"}\n{"level":60,"msg":"giả mạo');
  });

  it('is silent under Jest unless PAR_LOG_LEVEL says otherwise, info elsewhere', () => {
    expect(logLevelFromEnv({ NODE_ENV: 'test' })).toBe('silent');
    expect(logLevelFromEnv({ NODE_ENV: 'test', PAR_LOG_LEVEL: 'debug' })).toBe('debug');
    expect(logLevelFromEnv({})).toBe('info');
  });

  it('describes an error by name, code and message, with its stack', () => {
    const e = Object.assign(new Error('Stream x: expected 3, actual 4'), {
      name: 'ConcurrencyConflictError',
      code: 'CONCURRENCY_CONFLICT',
    });
    expect(errorFields(e)).toMatchObject({
      errorName: 'ConcurrencyConflictError',
      code: 'CONCURRENCY_CONFLICT',
      error: 'Stream x: expected 3, actual 4',
    });
    expect(errorFields('boom')).toEqual({ error: 'boom' });
  });
});
