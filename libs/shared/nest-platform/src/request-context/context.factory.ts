import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { INTERNAL_TOKEN_HEADER, PUBLIC_CALL_HEADER, verifyInternalToken, verifyPublicCallToken } from '@par/auth';
import type { GraphQLRequestContext } from './context.decorator';

/**
 * Builds the GraphQL context of a subgraph request: the request context comes only from the
 * gateway's signed internal token. Resolvers that need it fail with UNAUTHENTICATED otherwise.
 */
export function subgraphContextFactory(secret: string) {
  return async ({ req }: { req: Request }): Promise<GraphQLRequestContext> => {
    const token = req.header(INTERNAL_TOKEN_HEADER);
    const publicToken = req.header(PUBLIC_CALL_HEADER);
    if (!token && publicToken) {
      // the public survey form's operations (gateway-checked): no province, no actor; see `PublicCall`
      try {
        const { correlationId } = await verifyPublicCallToken(publicToken, secret);
        return { publicCall: { correlationId: correlationId || randomUUID() } };
      } catch (e) {
        return { authError: e as Error };
      }
    }
    try {
      const ctx = await verifyInternalToken(token, secret);
      return { ctx: { ...ctx, correlationId: ctx.correlationId || randomUUID() } };
    } catch (e) {
      return { authError: e as Error };
    }
  };
}
