import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * A server path (under a system or home root, or ending in a file name with an extension), a `file://` URL or a
 * stack frame: never shown to a user. A JSON pointer (`/components/0/criteria/1`, where a framework problem is) is
 * not a path: a coded error that names one is passed through.
 */
const LEAK =
  /(^|[\s("'`=])\/(?:work|home|root|usr|opt|srv|app|var|tmp|etc|mnt|data|run|nix|private|proc|sys|lib|bin|snap|Users)\/|(^|[\s("'`=])\/(?:[\w.@-]+\/)+[\w@-]*\.[A-Za-z]\w{0,5}\b|file:\/\/|\n\s*at\s|^\s*at\s+\S+\s+\(|node_modules/m;

const INTERNAL = {
  message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
  extensions: { code: 'INTERNAL', detail: 'Unexpected server error (see gateway and service logs)' },
};

/** Codes graphql-js and the runtime give a request they cannot parse, validate or coerce. */
const GRAPHQL_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

interface ErrorLike {
  message?: unknown;
  path?: unknown;
  locations?: unknown;
  extensions?: Record<string, unknown>;
}

const safe = (v: unknown): boolean => typeof v === 'string' && !LEAK.test(v);

/**
 * One error as it leaves the gateway: only `message`, `path`, `locations` and `extensions.{code, detail, meta, retryAfterSeconds}`.
 * Stack traces, exceptions, subgraph names (`serviceName`) and anything that looks like a file path are dropped;
 * an error without a code, or with graphql-js's own, is a request the gateway could not parse or validate
 * (`BAD_REQUEST`, the English text as `detail`).
 */
export function maskError(error: ErrorLike): ErrorLike {
  const json = (
    typeof (error as { toJSON?: unknown }).toJSON === 'function' ? (error as { toJSON(): ErrorLike }).toJSON() : error
  ) as ErrorLike;
  const ext = json.extensions ?? {};
  const code = typeof ext['code'] === 'string' ? ext['code'] : undefined;
  const where = {
    ...(Array.isArray(json.path) && { path: json.path }),
    ...(Array.isArray(json.locations) && { locations: json.locations }),
  };
  if (!safe(json.message) || code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR') return { ...INTERNAL, ...where };
  if (!code || GRAPHQL_REQUEST_CODES.has(code)) {
    return {
      message: 'Yêu cầu không hợp lệ: truy vấn không đúng cú pháp hoặc không khớp lược đồ.',
      ...where,
      extensions: { code: 'BAD_REQUEST', detail: safe(json.message) ? json.message : 'Invalid GraphQL request' },
    };
  }
  const meta = ext['meta'] !== undefined && safe(JSON.stringify(ext['meta'])) ? { meta: ext['meta'] } : {};
  const retry = ext['retryAfterSeconds'];
  return {
    message: json.message,
    ...where,
    extensions: {
      code,
      ...(safe(ext['detail']) && { detail: ext['detail'] }),
      ...meta,
      ...(typeof retry === 'number' && Number.isFinite(retry) && { retryAfterSeconds: retry }),
    },
  };
}

/** Applies `maskError` to every result the runtime sends (parse, validation, execution and subgraph errors). */
export function maskErrorsPlugin(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      const mask = (r: unknown): unknown => {
        const errors = (r as { errors?: ErrorLike[] } | null)?.errors;
        return Array.isArray(errors) ? { ...(r as object), errors: errors.map(maskError) } : r;
      };
      if (Array.isArray(result)) setResult(result.map(mask) as typeof result);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(mask(result) as typeof result);
    },
  };
}

/** `PAR_CORS_ORIGINS`: comma-separated origins (`https://cchc.backan.gov.vn`); empty means same-origin only. */
export function parseCorsOrigins(value: string | undefined): readonly string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter((s) => /^https?:\/\/[^/\s]+$/.test(s));
}

/**
 * CORS for the listed origins only: the request's `Origin` is echoed (with credentials) only when it is on
 * the list; a preflight is answered here, before token verification. Returns true when the response is done.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && origins.includes(origin);
  res.setHeader('vary', 'Origin');
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      'authorization, content-type, x-correlation-id, apollo-require-preflight, graphql-preflight',
    );
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(allowed ? 204 : 403);
  res.end();
  return true;
}
