import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Kind, parse, type DocumentNode } from 'graphql';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * The one narrow exception to "every request carries a bearer token": the public survey form (served under
 * `/khao-sat/`) and its two GraphQL operations, `surveyForm(token)` and `answerSurvey(token, answers)`. A request
 * without `Authorization` is let through only when its document selects nothing but those fields (no fragments,
 * at most one operation), is small, and its client is under the rate limit. The subgraph then gets a public-call
 * token (no province, no actor); the province comes from the survey token's record in the surveys service.
 */
export const PUBLIC_SURVEY_FIELDS: ReadonlySet<string> = new Set(['surveyForm', 'answerSurvey', '__typename']);
const MAX_PUBLIC_BODY_BYTES = 16 * 1024;
const FORM_FILES: Readonly<Record<string, string>> = {
  '': 'text/html; charset=utf-8',
  'index.html': 'text/html; charset=utf-8',
  'form.css': 'text/css; charset=utf-8',
  'form.js': 'text/javascript; charset=utf-8',
};

/** Requests per client address and minute for the public operations (a form is opened, then answered). */
export const publicSurveyLimiter = (points = 30) => new RateLimiterMemory({ points, duration: 60 });

/** apps/survey-form, from the source tree (gateway/src) or the build (dist/gateway/src). */
function formFile(name: string): Buffer | null {
  for (const rel of ['../../apps/survey-form/', '../../../apps/survey-form/']) {
    try {
      return readFileSync(new URL(rel + name, import.meta.url));
    } catch {
      // not there
    }
  }
  return null;
}

/** Serves the form's static files under `/khao-sat/`; true when answered. */
export function serveSurveyForm(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '').split(/[?#]/)[0]!;
  if (path === '/khao-sat') {
    res.writeHead(301, { location: '/khao-sat/' }).end();
    return true;
  }
  if (!path.startsWith('/khao-sat/')) return false;
  const name = path.slice('/khao-sat/'.length);
  const type = FORM_FILES[name];
  const body = type !== undefined && req.method === 'GET' ? formFile(name || 'index.html') : null;
  if (!body || !type) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
    return true;
  }
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  });
  res.end(body);
  return true;
}

/** Only the public fields at the root of at most one operation, no fragments. */
export function isPublicSurveyDocument(doc: DocumentNode): boolean {
  if (doc.definitions.length !== 1) return false;
  const op = doc.definitions[0]!;
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation === 'subscription') return false;
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && PUBLIC_SURVEY_FIELDS.has(s.name.value) && !s.alias);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (!Number.isFinite(declared) || declared > MAX_PUBLIC_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PUBLIC_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const refuse = (res: ServerResponse, status: number, code: string, messageVi: string, detail: string) => {
  res.writeHead(status, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    ...(status === 401 && { 'www-authenticate': 'Bearer' }),
  });
  res.end(JSON.stringify({ errors: [{ message: messageVi, extensions: { code, detail } }] }));
};

type Runtime = { fetch(input: Request, ctx: Record<string, unknown>): Promise<Response> | Response };

/**
 * A request without a bearer token to `/graphql`: handled here when it is a public survey call (answered and
 * true), refused with 401 otherwise (true), or false when it has a token (the normal path).
 */
export async function handlePublicSurveyCall(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: Runtime,
  limiter: RateLimiterMemory,
): Promise<boolean> {
  if (req.headers.authorization || req.method !== 'POST' || !String(req.headers['content-type'] ?? '').startsWith('application/json'))
    return false;
  const body = await readBody(req);
  let doc: DocumentNode | null = null;
  let query: unknown;
  try {
    query = body === null ? undefined : (JSON.parse(body) as { query?: unknown }).query;
    doc = typeof query === 'string' ? parse(query, { maxTokens: 500 }) : null;
  } catch {
    doc = null;
  }
  if (!doc || !isPublicSurveyDocument(doc)) {
    refuse(
      res,
      401,
      'UNAUTHENTICATED',
      'Bạn chưa đăng nhập hoặc phiên đăng nhập không hợp lệ.',
      'Missing bearer token (only the public survey operations may omit it)',
    );
    return true;
  }
  try {
    await limiter.consume(req.socket.remoteAddress ?? 'unknown');
  } catch {
    res.setHeader('retry-after', '60');
    refuse(
      res,
      429,
      'RATE_LIMITED',
      'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
      'Public survey operations: rate limit reached',
    );
    return true;
  }
  const headers = new Headers({
    'content-type': 'application/json',
    accept: String(req.headers.accept ?? 'application/graphql-response+json'),
  });
  const response = await runtime.fetch(new Request(`http://gateway${req.url ?? '/graphql'}`, { method: 'POST', headers, body: body! }), {
    publicCall: true,
    correlationId: randomUUID(),
  });
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
  return true;
}
