import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { INTERNAL_TOKEN_HEADER, PUBLIC_CALL_HEADER, signInternalToken, signPublicCallToken, type VerifiedPrincipal } from '@par/auth';

/** How long one request reuses its internal token (half of its 60 s lifetime). */
const REUSE_MS = 30_000;

/** What the gateway's HTTP server puts in each request's context. */
export interface GatewayServerContext {
  principal: VerifiedPrincipal;
  correlationId: string;
  /** The public survey form's operations (src/public-survey.ts): no principal. */
  publicCall?: true;
}

/**
 * Turns the verified principal into the internal token subgraphs trust; nothing else reaches them. The token is
 * signed once per request and reused by each of that request's subgraph fetches (same claims, same lifetime);
 * signing it per fetch cost ≈ 0.2 ms each (ADR 0037).
 */
export function internalTokenPlugin(secret: string): GatewayPlugin<GatewayServerContext> {
  const tokens = new WeakMap<object, { signedAt: number; token: Promise<[header: string, token: string]> }>();
  const sign = ({ principal, correlationId, publicCall }: GatewayServerContext): Promise<[string, string]> =>
    publicCall
      ? signPublicCallToken(correlationId, secret).then((t): [string, string] => [PUBLIC_CALL_HEADER, t])
      : signInternalToken({ province: principal.province, actor: principal.actor, correlationId }, secret).then((t): [string, string] => [
          INTERNAL_TOKEN_HEADER,
          t,
        ]);
  const tokenOf = (context: GatewayServerContext): Promise<[string, string]> => {
    const cached = tokens.get(context);
    // a request outliving half the token's 60 s lifetime gets a fresh one for its later fetches
    if (cached && Date.now() - cached.signedAt < REUSE_MS) return cached.token;
    const token = sign(context);
    tokens.set(context, { signedAt: Date.now(), token });
    return token;
  };
  return {
    async onFetch({ context, options, setOptions }) {
      const { correlationId } = context as unknown as GatewayServerContext;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.delete('authorization');
      const [header, token] = await tokenOf(context as unknown as GatewayServerContext);
      headers.set(header, token);
      headers.set('x-correlation-id', correlationId);
      // Apollo's CSRF prevention refuses a multipart (simple) request without a non-simple header; the gateway
      // is the subgraphs' only caller and has verified the user's bearer token (itself a non-simple header).
      headers.set('apollo-require-preflight', 'true');
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
