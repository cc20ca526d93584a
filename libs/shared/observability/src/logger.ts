import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Field paths never written to a log, wherever they appear in a log object: credentials and tokens, and the bodies
 * and variables of requests (what users typed). Values that are logged are JSON-escaped by pino, so a user-typed
 * string can never forge a log line.
 */
export const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'token',
  '*.token',
  'accessToken',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'variables',
  '*.variables',
  'body',
  '*.body',
];

/** The level: PAR_LOG_LEVEL, else `silent` under Jest (NODE_ENV=test), else `info`. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['PAR_LOG_LEVEL'] ?? (env['NODE_ENV'] === 'test' ? 'silent' : 'info');
}

/**
 * The platform's structured logger (pino, JSON lines): one per component (`service`: the gateway, a service, the
 * messaging layer), with redaction of REDACTED_PATHS. Fields by convention: `correlationId`, `province`,
 * `subjectId`, `eventId`, `eventType`, `topic`, `partition`, `offset`, `code` (a ParError's), `durationMs`.
 */
export function createLogger(service: string, opts: { level?: string; destination?: DestinationStream } = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? logLevelFromEnv(),
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}

const loggers = new Map<string, Logger>();
let settings: { level?: string; destination?: DestinationStream } = {};

/** The process-wide logger of a component, created on first use (after a main's `configureLogging`). */
export function platformLogger(service: string): Logger {
  let logger = loggers.get(service);
  if (!logger) loggers.set(service, (logger = createLogger(service, settings)));
  return logger;
}

/**
 * Sets the level and/or destination of every platform logger from now on (a main: `npm start` logs warnings only;
 * a test: captures the lines). Loggers already handed out are replaced on their next `platformLogger` call.
 */
export function configureLogging(next: { level?: string; destination?: DestinationStream }): void {
  settings = next;
  loggers.clear();
}

/** What a log line says of an error: its name, stable code (ParError) and message, and the stack for developers. */
export function errorFields(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { error: String(e) };
  const code = (e as { code?: unknown }).code;
  return { errorName: e.name, ...(typeof code === 'string' && { code }), error: e.message, stack: e.stack };
}
