import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Where the platform is and who the integration is: the OAuth client of the province's realm. */
export interface IntegratorSettings {
  /** The gateway's GraphQL URL, e.g. http://127.0.0.1:4000/graphql */
  readonly graphqlUrl: string;
  /** The province realm's token endpoint (Keycloak, or the embedded mode's dev issuer). */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export class GraphQLRequestError extends Error {
  readonly codes: readonly string[];
  constructor(message: string, codes: readonly string[]) {
    super(message);
    this.codes = codes;
  }
}

/**
 * A client-credentials token, renewed a little before it expires (tokens live minutes: never cache one for the
 * run of a long job).
 */
export function tokenSource(settings: IntegratorSettings): () => Promise<string> {
  let cached: { token: string; renewAt: number } | undefined;
  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    const res = await fetch(settings.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, renewAt: Date.now() + Math.max(10, body.expires_in - 30) * 1000 };
    return cached.token;
  };
}

/** Runs a typed operation: the result and the variables are checked against the schema at compile time. */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  settings: IntegratorSettings,
  token: () => Promise<string>,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const res = await fetch(settings.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  if (res.status === 429) throw new GraphQLRequestError(`rate limited; retry after ${res.headers.get('retry-after')} s`, ['RATE_LIMITED']);
  const body = (await res.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const codes = body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
    throw new GraphQLRequestError(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '), codes);
  }
  return body.data as TResult;
}
