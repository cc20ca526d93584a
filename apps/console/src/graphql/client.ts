/**
 * The console's one GraphQL client: the gateway's `/graphql` with the user's bearer token, JSON for operations and
 * the GraphQL multipart request for uploads. A GraphQL error becomes a `GqlError` carrying the server's Vietnamese
 * `message`, its stable `code`, English `detail` and `meta` (e.g. every problem of a framework file).
 */
export class GqlError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly detail?: string,
    readonly meta?: Record<string, unknown>,
  ) {
    super(message);
  }
}

interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; detail?: string; meta?: Record<string, unknown> } }[];
}

export interface GqlTransport {
  readonly url: string;
  readonly token: string;
  /** Called once when the gateway answers 401 (expired or refused token). */
  onUnauthenticated(): void;
}

export const NETWORK_ERROR = 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối và thử lại.';

export async function gqlRequest<T>(t: GqlTransport, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return send<T>(t, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
}

function uploadForm(query: string, file: File, variables: Record<string, unknown>): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);
  return form;
}

/**
 * Uploads one file as the variable `file` of a mutation (`mutation($file: Upload!) { … }`), beside the other
 * `variables` of the operation (`mutation($i: EvidenceTargetInput!, $file: Upload!)`).
 */
export async function gqlUpload<T>(t: GqlTransport, query: string, file: File, variables: Record<string, unknown> = {}): Promise<T> {
  return send<T>(t, { method: 'POST', body: uploadForm(query, file, variables) });
}

/**
 * The same upload through XMLHttpRequest, the browser API that reports how much of the request is sent:
 * `onProgress(fraction)` from 0 to 1 while the file goes up; the answer is read as `gqlUpload` reads it.
 */
export function gqlUploadWithProgress<T>(
  t: GqlTransport,
  query: string,
  file: File,
  variables: Record<string, unknown>,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', t.url);
    xhr.setRequestHeader('authorization', `Bearer ${t.token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new GqlError(NETWORK_ERROR, 'NETWORK'));
    xhr.onload = () => {
      let body: GqlResponse<T> = {};
      try {
        body = JSON.parse(xhr.responseText) as GqlResponse<T>;
      } catch {
        // not JSON (a proxy page): dataOrThrow reports it as a network problem
      }
      if (xhr.status === 401) t.onUnauthenticated();
      try {
        resolve(dataOrThrow(body, xhr.status));
      } catch (e) {
        reject(e as Error);
      }
    };
    xhr.send(uploadForm(query, file, variables));
  });
}

async function send<T>(t: GqlTransport, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(t.url, { ...init, headers: { ...init.headers, authorization: `Bearer ${t.token}` } });
  } catch {
    throw new GqlError(NETWORK_ERROR, 'NETWORK');
  }
  const body = (await res.json().catch(() => ({}))) as GqlResponse<T>;
  if (res.status === 401) t.onUnauthenticated();
  return dataOrThrow(body, res.status);
}

/** The data of a GraphQL answer, or its first error as a `GqlError`. */
export function dataOrThrow<T>(body: GqlResponse<T>, status = 200): T {
  const first = body.errors?.[0];
  if (first) throw new GqlError(first.message, first.extensions?.code ?? 'ERROR', first.extensions?.detail, first.extensions?.meta);
  if (body.data === undefined || body.data === null) throw new GqlError(NETWORK_ERROR, `HTTP_${status}`);
  return body.data;
}
