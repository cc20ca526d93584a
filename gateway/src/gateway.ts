import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { TokenVerifier, VerifiedPrincipal } from '@par/auth';
import { errorFields, platformLogger } from '@par/observability';
import {
  formatNumberVi,
  isParError,
  keepIdleConnectionsLongerThanClients,
  MAX_JSON_REQUEST_BYTES,
  uploadTooLargeError,
  UPLOAD_LIMITS,
} from '@par/kernel';
import { DEFAULT_GATEWAY_LIMITS, limitPlugins, type GatewayLimits } from './limits';
import { handleCors, maskErrorsPlugin, parseCorsOrigins } from './errors-and-cors';
import { handlePublicSurveyCall, publicSurveyLimiter, serveSurveyForm } from './public-survey';
import { serveStatic, type StaticSite } from './static-files';
import { handleHealth, subgraphReadinessUrls } from './health';
import {
  createRateLimiter,
  maxRequestCost,
  rateLimitedResponse,
  rateLimitPlugin,
  rateLimitsFromEnv,
  type GatewayRateLimiter,
  type RateLimitConfig,
} from './rate-limit';
import { internalTokenPlugin, type GatewayServerContext } from './internal-token-plugin';
import { explorerOptions, isExplorerPageRequest, parseExplorerSetting } from './explorer';

export interface GatewayOptions {
  readonly port: number;
  /** Supergraph SDL composed ahead of time (gateway/supergraph.graphql). */
  readonly supergraphSdl: string;
  readonly verifier: TokenVerifier;
  readonly internalSecret: string;
  /** Subgraph URL overrides by the URL composed into the supergraph. */
  readonly urlOverrides?: Readonly<Record<string, string>>;
  /** Request limits; defaults in `DEFAULT_GATEWAY_LIMITS` (src/limits.ts). */
  readonly limits?: Partial<GatewayLimits>;
  /** Origins allowed by CORS; default `PAR_CORS_ORIGINS` (comma-separated), empty = same-origin only. */
  readonly corsOrigins?: readonly string[];
  /** Public survey form calls per client address and minute (default 30). */
  readonly publicSurveyRequestsPerMinute?: number;
  /** Built web files served without a token before the GraphQL endpoint (the console: `consoleSite`). */
  readonly staticSites?: readonly StaticSite[];
  /** Rate limits (ADR 0024); defaults `DEFAULT_RATE_LIMITS` overridden by `PAR_RATE_LIMIT_*`, then by this. */
  readonly rateLimits?: Partial<RateLimitConfig>;
  /**
   * The API explorer (GraphiQL) on `GET /graphql` for browsers. Default: `PAR_API_EXPLORER` (`on`|`off`), else
   * `explorerDefault` (false: a production gateway serves it only when configured).
   */
  readonly explorer?: boolean;
  readonly explorerDefault?: boolean;
}

export interface RunningGateway {
  readonly url: string;
  close(): Promise<void>;
}

/** Bytes a multipart request may carry: every file at its limit, plus the operations and the map. */
const MAX_MULTIPART_BYTES = UPLOAD_LIMITS.maxFileBytes * UPLOAD_LIMITS.maxFiles + 1024 * 1024;

/**
 * Bounds multipart uploads before anything is buffered: a declared length over the bound is refused with
 * `UPLOAD_TOO_LARGE` (413), and a multipart body without a declared length is refused (411).
 */
function refuseOversizedUpload(req: IncomingMessage, res: ServerResponse): boolean {
  if (!String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) return false;
  const length = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(length) && length <= MAX_MULTIPART_BYTES) return false;
  const err = Number.isFinite(length)
    ? uploadTooLargeError(UPLOAD_LIMITS.maxFileBytes)
    : {
        code: 'UPLOAD_LENGTH_REQUIRED',
        messageVi: 'Yêu cầu tải tệp phải có độ dài (Content-Length).',
        detail: 'Multipart requests must declare Content-Length',
      };
  res.writeHead(Number.isFinite(length) ? 413 : 411, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    connection: 'close',
  });
  res.end(JSON.stringify({ errors: [{ message: err.messageVi, extensions: { code: err.code, detail: err.detail } }] }));
  req.resume();
  return true;
}

/**
 * Bounds JSON requests (a declared length over MAX_JSON_REQUEST_BYTES): refused with `REQUEST_TOO_LARGE` (413)
 * before the body is read; the text rule of the subgraphs bounds each field inside (TEXT_TOO_LONG).
 */
function refuseOversizedJson(req: IncomingMessage, res: ServerResponse): boolean {
  if (String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) return false;
  const length = Number(req.headers['content-length'] ?? NaN);
  if (!Number.isFinite(length) || length <= MAX_JSON_REQUEST_BYTES) return false;
  sendErrors(res, 413, { connection: 'close' }, [
    {
      message: `Yêu cầu quá lớn (${formatNumberVi(length / 1024, 0)} KB; tối đa ${formatNumberVi(MAX_JSON_REQUEST_BYTES / 1024, 0)} KB).`,
      extensions: { code: 'REQUEST_TOO_LARGE', detail: `JSON requests are limited to ${MAX_JSON_REQUEST_BYTES} bytes` },
    },
  ]);
  req.resume();
  return true;
}

type Runtime = (q: IncomingMessage, s: ServerResponse, c: GatewayServerContext) => Promise<void>;

interface RequestDeps {
  readonly runtime: unknown;
  readonly corsOrigins: readonly string[];
  readonly verifier: TokenVerifier;
  readonly limiter: GatewayRateLimiter;
  readonly explorer: boolean;
  /** The public survey form's own per-address limiter (ADR 0020). */
  readonly surveyLimiter: ReturnType<typeof publicSurveyLimiter>;
  readonly staticSites: readonly StaticSite[];
  /** Each subgraph's readiness URL (`/health/ready` of the gateway asks them). */
  readonly subgraphs: readonly { name: string; url: string }[];
}

const GRAPHQL_JSON = 'application/graphql-response+json; charset=utf-8';

function sendErrors(res: ServerResponse, status: number, headers: Record<string, string>, errors: unknown[]): void {
  res.writeHead(status, { 'content-type': GRAPHQL_JSON, ...headers });
  res.end(JSON.stringify({ errors }));
}

/**
 * The 401's body: a disabled province says so (its people need to know), every other refusal says the same thing
 * whatever the reason — an unknown issuer, a bad signature, an expired token — so that the answer tells an attacker
 * nothing about which issuers are trusted; the reason goes to the log only.
 */
function unauthenticatedBody(err: { code: string; messageVi: string; detail: string } | undefined) {
  if (err?.code === 'TENANT_DISABLED') return { message: err.messageVi, extensions: { code: err.code, detail: err.detail } };
  platformLogger('gateway').info({ code: 'UNAUTHENTICATED', reason: err?.detail }, 'token refused');
  return {
    message: 'Bạn chưa đăng nhập hoặc phiên đăng nhập không hợp lệ.',
    extensions: { code: 'UNAUTHENTICATED', detail: 'Missing, invalid or expired access token' },
  };
}

/** Verifies the bearer token; a failure is answered here (401, or 503 when the keys cannot be fetched). */
async function authenticate(req: IncomingMessage, res: ServerResponse, deps: RequestDeps): Promise<VerifiedPrincipal | undefined> {
  try {
    return await deps.verifier.verify(req.headers.authorization);
  } catch (e) {
    const err = isParError(e) ? e : undefined;
    if (err?.code === 'AUTH_UNAVAILABLE') {
      sendErrors(res, 503, { 'retry-after': '5' }, [{ message: err.messageVi, extensions: { code: err.code, detail: err.detail } }]);
      return undefined;
    }
    if (!err) platformLogger('gateway').error(errorFields(e), 'token verification failed unexpectedly');
    // without a valid token there is no user to charge: failed attempts count per client IP
    const refused = await deps.limiter.consumeForIp(req.socket.remoteAddress ?? 'unknown');
    if (refused) {
      const r = rateLimitedResponse(refused);
      res.writeHead(r.status, r.headers);
      res.end(r.body);
      return undefined;
    }
    sendErrors(res, 401, { 'www-authenticate': 'Bearer' }, [unauthenticatedBody(err)]);
    return undefined;
  }
}

/**
 * One HTTP request: health, the public survey form and static sites (console), CORS, upload bounds, the public
 * survey calls, the explorer page, token verification, then the runtime.
 */
async function handleRequest(req: IncomingMessage, res: ServerResponse, deps: RequestDeps): Promise<void> {
  if (await handleHealth(req, res, deps.subgraphs)) return;
  if (serveSurveyForm(req, res)) return;
  for (const site of deps.staticSites) if (await serveStatic(req, res, site)) return;
  if (handleCors(req, res, deps.corsOrigins)) return;
  if (refuseOversizedUpload(req, res)) return;
  if (refuseOversizedJson(req, res)) return;
  const runtime = deps.runtime as Runtime;
  if (await handlePublicSurveyCall(req, res, runtime as never, deps.surveyLimiter)) return;
  // A browser's GET of /graphql is the explorer page itself: public, static HTML; what it runs needs a token.
  if (isExplorerPageRequest(req)) {
    if (deps.explorer) return runtime(req, res, { principal: undefined as never, correlationId: randomUUID() });
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('API explorer is off (PAR_API_EXPLORER=on enables it)');
    return;
  }
  const principal = await authenticate(req, res, deps);
  if (!principal) return;
  if (principal.actor.roles.length === 0) {
    sendErrors(res, 403, {}, [
      {
        message: 'Tài khoản chưa được cấp vai trò nào trên nền tảng Chỉ số CCHC.',
        extensions: { code: 'FORBIDDEN', detail: 'The verified token carries no PAR role (realm_access.roles)' },
      },
    ]);
    return;
  }
  // A client may pass its own correlation id; anything but a short token is replaced (it is stored forever).
  const given = req.headers['x-correlation-id'];
  const correlationId = typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
  logWhenAnswered(req, res, { correlationId, province: principal.province, subjectId: principal.actor.id });
  // The runtime is a @whatwg-node server adapter: called with (req, res, ctx) it handles and writes the response.
  await runtime(req, res, { principal, correlationId });
}

/** One access line per authenticated request, once answered: who, which province, status, time; never the body. */
function logWhenAnswered(
  req: IncomingMessage,
  res: ServerResponse,
  who: { correlationId: string; province: string; subjectId: string },
): void {
  const started = performance.now();
  res.once('finish', () =>
    platformLogger('gateway').info(
      {
        ...who,
        method: req.method,
        path: (req.url ?? '').split('?')[0],
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      'request',
    ),
  );
}

/**
 * The federated gateway (Hive Gateway runtime, MIT) over the five subgraphs. Every request must carry a
 * Keycloak (or, in embedded mode, dev-issuer) access token verified locally; the province comes from it.
 */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  let sdl = opts.supergraphSdl;
  for (const [from, to] of Object.entries(opts.urlOverrides ?? {})) sdl = sdl.replaceAll(from, to);
  const limits: GatewayLimits = { ...DEFAULT_GATEWAY_LIMITS, ...opts.limits };
  const corsOrigins = opts.corsOrigins ?? parseCorsOrigins(process.env['PAR_CORS_ORIGINS']);
  const surveyLimiter = publicSurveyLimiter(opts.publicSurveyRequestsPerMinute);
  const rateLimits: RateLimitConfig = { ...rateLimitsFromEnv(process.env), ...opts.rateLimits };
  if (Math.min(rateLimits.userPoints, rateLimits.integratorPoints) < maxRequestCost(limits)) {
    throw new Error(`Rate limits must allow the costliest accepted request (${maxRequestCost(limits)} points)`);
  }
  const limiter = createRateLimiter(rateLimits);
  const explorer = opts.explorer ?? parseExplorerSetting(process.env['PAR_API_EXPLORER'], opts.explorerDefault ?? false);
  // GraphiQL's inlined bundle (≈ 30 MB of heap) is loaded only when the explorer is on (ADR 0037)
  const renderGraphiQL = explorer ? (await import('@graphql-yoga/render-graphiql')).renderGraphiQL : undefined;
  const runtime = createGatewayRuntime<GatewayServerContext>({
    supergraph: () => sdl,
    logging: 'warn',
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: explorer ? explorerOptions() : false,
    // GraphiQL's scripts and styles come from the installed package, inlined: the page loads nothing from a CDN
    ...(renderGraphiQL ? { renderGraphiQL } : {}),
    plugins: () => [
      ...limitPlugins(limits),
      rateLimitPlugin(limiter, limits),
      maskErrorsPlugin(),
      internalTokenPlugin(opts.internalSecret),
    ],
    // CORS is answered by the HTTP server below (listed origins only); the runtime's default echoes any origin
    cors: false,
    // unexpected errors never carry stack traces out (maskErrorsPlugin also strips paths and service names)
    maskedErrors: true,
    // GraphQL multipart request spec: files are forwarded to the subgraph as multipart (executor-http)
    multipart: true,
  });

  const subgraphs = subgraphReadinessUrls(sdl);
  const server: Server = createServer((req: IncomingMessage, res) => {
    handleRequest(req, res, {
      runtime,
      corsOrigins,
      verifier: opts.verifier,
      limiter,
      explorer,
      surveyLimiter,
      staticSites: opts.staticSites ?? [],
      subgraphs,
    }).catch((e: unknown) => {
      platformLogger('gateway').error(errorFields(e), 'request failed unexpectedly');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  keepIdleConnectionsLongerThanClients(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await runtime.dispose();
    },
  };
}
