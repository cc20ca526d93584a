import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** A directory of built files served under a URL prefix (the console under `/console/`, a public form…). */
export interface StaticSite {
  /** URL prefix with both slashes, e.g. `/console/`. */
  readonly prefix: string;
  /** Absolute directory the files are read from. */
  readonly dir: string;
  /** File answered for a path without an extension (a single-page application's routes), e.g. `index.html`. */
  readonly fallback?: string;
  /** Extra headers for HTML answers (e.g. a Content-Security-Policy). */
  readonly htmlHeaders?: Readonly<Record<string, string>>;
  /** Small generated files answered before the directory (e.g. `config.json`), by path after the prefix. */
  readonly generated?: Readonly<Record<string, { contentType: string; body: string }>>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Answers GET/HEAD requests under the site's prefix from its directory; returns false for any other request so
 * the caller goes on. Paths are normalised and must stay inside the directory (no `..`, no encoded slashes);
 * hashed assets (`assets/…`) are cached for a year, everything else revalidated.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, site: StaticSite): Promise<boolean> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const bare = site.prefix.slice(0, -1);
  if (path === bare && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(308, { location: site.prefix });
    res.end();
    return true;
  }
  if (!path.startsWith(site.prefix)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return true;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(site.prefix.length));
  } catch {
    return notFound(res);
  }
  const generated = site.generated?.[rel];
  if (generated) return send(req, res, 200, generated.contentType, Buffer.from(generated.body), { 'cache-control': 'no-cache' });
  const file = await resolveFile(site, rel);
  if (!file) return notFound(res);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(type.startsWith('text/html') && site.htmlHeaders),
  };
  return send(req, res, 200, type, await readFile(file), headers);
}

async function resolveFile(site: StaticSite, rel: string): Promise<string | undefined> {
  if (rel.includes('\0') || rel.includes('\\')) return undefined;
  const root = normalize(site.dir + sep);
  const candidate = normalize(join(root, rel || site.fallback || 'index.html'));
  if (!candidate.startsWith(root)) return undefined;
  if (await isFile(candidate)) return candidate;
  if (site.fallback && extname(rel) === '') {
    const fallback = join(root, site.fallback);
    if (await isFile(fallback)) return fallback;
  }
  return undefined;
}

const isFile = (p: string) =>
  stat(p).then(
    (s) => s.isFile(),
    () => false,
  );

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  contentType: string,
  body: Buffer,
  headers: Record<string, string>,
): true {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(body.length),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function notFound(res: ServerResponse): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Không tìm thấy.');
  return true;
}
