/** Errors after which the connection is gone (server restart, network cut, admin shutdown). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTCONN',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up / shutting down)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Errors after which PostgreSQL has rolled the transaction back and re-running it is safe. */
const TRANSIENT_ROLLBACK_CODES = new Set(['40001', '40P01']);

export function isConnectionError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  const msg = String((e as { message?: unknown }).message ?? '');
  return /Connection terminated|connection error|terminating connection|Client was closed|not queryable|timeout exceeded when trying to connect/i.test(
    msg,
  );
}

export function isRetryableBeforeCommit(e: unknown): boolean {
  if (isConnectionError(e)) return true;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_ROLLBACK_CODES.has(code);
}
