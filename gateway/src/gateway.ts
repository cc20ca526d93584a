import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  INTERNAL_TOKEN_HEADER,
  PUBLIC_CALL_HEADER,
  signInternalToken,
  signPublicCallToken,
  type TokenVerifier,
  type VerifiedPrincipal,
} from '@par/auth';
import { isParError, uploadTooLargeError, UPLOAD_LIMITS } from '@par/kernel';
import { DEFAULT_GATEWAY_LIMITS, limitPlugins, type GatewayLimits } from './limits';
import { handleCors, maskErrorsPlugin, parseCorsOrigins } from './errors-and-cors';
import { handlePublicSurveyCall, publicSurveyLimiter, serveSurveyForm } from './public-survey';
import { serveStatic, type StaticSite } from './static-files';

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
}

export interface RunningGateway {
  readonly url: string;
  close(): Promise<void>;
}

interface GatewayServerContext {
  principal: VerifiedPrincipal;
  correlationId: string;
  /** The public survey form's operations (src/public-survey.ts): no principal. */
  publicCall?: true;
}

/** Turns the verified principal into the internal token subgraphs trust; nothing else reaches them. */
function internalTokenPlugin(secret: string): GatewayPlugin<GatewayServerContext> {
  return {
    async onFetch({ context, options, setOptions }) {
      const { principal, correlationId, publicCall } = context as unknown as GatewayServerContext;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.delete('authorization');
      if (publicCall) headers.set(PUBLIC_CALL_HEADER, await signPublicCallToken(correlationId, secret));
      else
        headers.set(
          INTERNAL_TOKEN_HEADER,
          await signInternalToken({ province: principal.province, actor: principal.actor, correlationId }, secret),
        );
      headers.set('x-correlation-id', correlationId);
      // Apollo's CSRF prevention refuses a multipart (simple) request without a non-simple header; the gateway
      // is the subgraphs' only caller and has verified the user's bearer token (itself a non-simple header).
      headers.set('apollo-require-preflight', 'true');
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}

/** Bytes a multipart request may carry: every file at its limit, plus the operations and the map. */
const MAX_MULTIPART_BYTES = UPLOAD_LIMITS.maxFileBytes * UPLOAD_LIMITS.maxFiles + 1024 * 1024;

/**
 * Bounds multipart uploads before anything is buffered: a declared length over the bound is refused with
 * `UPLOAD_TOO_LARGE` (413), and a multipart body without a declared length is refused (411).
 */
function refuseOversizedUpload(req: IncomingMessage, res: import('node:http').ServerResponse): boolean {
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
 * The federated gateway (Hive Gateway runtime, MIT) over the five subgraphs. Every request must carry a
 * Keycloak (or, in embedded mode, dev-issuer) access token verified locally; the province comes from it.
 */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  let sdl = opts.supergraphSdl;
  for (const [from, to] of Object.entries(opts.urlOverrides ?? {})) sdl = sdl.replaceAll(from, to);
  const limits: GatewayLimits = { ...DEFAULT_GATEWAY_LIMITS, ...opts.limits };
  const corsOrigins = opts.corsOrigins ?? parseCorsOrigins(process.env['PAR_CORS_ORIGINS']);
  const surveyLimiter = publicSurveyLimiter(opts.publicSurveyRequestsPerMinute);
  const runtime = createGatewayRuntime<GatewayServerContext>({
    supergraph: () => sdl,
    logging: 'warn',
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    plugins: () => [...limitPlugins(limits), maskErrorsPlugin(), internalTokenPlugin(opts.internalSecret)],
    // CORS is answered by the HTTP server below (listed origins only); the runtime's default echoes any origin
    cors: false,
    // unexpected errors never carry stack traces out (maskErrorsPlugin also strips paths and service names)
    maskedErrors: true,
    // GraphQL multipart request spec: files are forwarded to the subgraph as multipart (executor-http)
    multipart: true,
  });

  const server: Server = createServer((req: IncomingMessage, res) => {
    void (async () => {
      if (req.url === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'ok' }));
        return;
      }
      if (serveSurveyForm(req, res)) return;
      for (const site of opts.staticSites ?? []) if (await serveStatic(req, res, site)) return;
      if (handleCors(req, res, corsOrigins)) return;
      if (refuseOversizedUpload(req, res)) return;
      if (await handlePublicSurveyCall(req, res, runtime as never, surveyLimiter)) return;
      let principal: VerifiedPrincipal;
      try {
        principal = await opts.verifier.verify(req.headers.authorization);
      } catch (e) {
        const err = isParError(e) ? e : undefined;
        if (err?.code === 'AUTH_UNAVAILABLE') {
          res.writeHead(503, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'retry-after': '5' });
          res.end(JSON.stringify({ errors: [{ message: err.messageVi, extensions: { code: err.code, detail: err.detail } }] }));
          return;
        }
        if (!err) console.error('[gateway] token verification failed unexpectedly', e);
        res.writeHead(401, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'www-authenticate': 'Bearer' });
        res.end(
          JSON.stringify({
            errors: [
              {
                message: err?.messageVi ?? 'Bạn chưa đăng nhập hoặc phiên đăng nhập không hợp lệ.',
                extensions: { code: 'UNAUTHENTICATED', detail: err?.detail ?? 'Token verification failed' },
              },
            ],
          }),
        );
        return;
      }
      if (principal.actor.roles.length === 0) {
        res.writeHead(403, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'Tài khoản chưa được cấp vai trò nào trên nền tảng Chỉ số CCHC.',
                extensions: { code: 'FORBIDDEN', detail: 'The verified token carries no PAR role (realm_access.roles)' },
              },
            ],
          }),
        );
        return;
      }
      // A client may pass its own correlation id; anything but a short token is replaced (it is stored forever).
      const given = req.headers['x-correlation-id'];
      const correlationId = typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
      // The runtime is a @whatwg-node server adapter: called with (req, res, ctx) it handles and writes the response.
      await (runtime as unknown as (q: IncomingMessage, s: typeof res, c: GatewayServerContext) => Promise<void>)(req, res, {
        principal,
        correlationId,
      });
    })().catch((e: unknown) => {
      console.error('[gateway]', e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
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
