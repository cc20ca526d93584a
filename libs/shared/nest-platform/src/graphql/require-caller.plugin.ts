import type { ApolloServerPlugin } from '@apollo/server';
import { UnauthenticatedError } from '@par/kernel';
import type { GraphQLRequestContext } from '../request-context/context.decorator';

/**
 * A subgraph answers only the gateway: every operation needs the gateway's signed internal token (or its public-call
 * token for the survey form), before anything resolves — `_entities` included, whose reference resolvers take no
 * `@Ctx()` and would otherwise answer `[null]` to anybody who can reach the port.
 */
export function requireCallerPlugin(): ApolloServerPlugin<GraphQLRequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (!contextValue.ctx && !contextValue.publicCall) throw contextValue.authError ?? new UnauthenticatedError('No internal token');
        },
      };
    },
  };
}
