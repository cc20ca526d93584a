import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError, type RequestContext } from '@par/kernel';

export interface GraphQLRequestContext {
  ctx?: RequestContext;
  /** A public call (survey form) the gateway let through without a user: only `@PublicCall()` resolvers accept it. */
  publicCall?: { correlationId: string };
  authError?: Error;
}

/** Injects the verified RequestContext (province, actor, correlation id) into a resolver. */
export const Ctx = createParamDecorator((_: unknown, execution: ExecutionContext): RequestContext => {
  const gql = GqlExecutionContext.create(execution).getContext<GraphQLRequestContext>();
  if (!gql.ctx) throw gql.authError ?? new UnauthenticatedError('No request context');
  return gql.ctx;
});

/**
 * Injects a public call's correlation id (the survey form's two operations, which carry no user): the request
 * came through the gateway's narrow exception. Anything else is UNAUTHENTICATED. A verified user may call too.
 */
export const PublicCall = createParamDecorator((_: unknown, execution: ExecutionContext): { correlationId: string } => {
  const gql = GqlExecutionContext.create(execution).getContext<GraphQLRequestContext>();
  if (gql.publicCall) return gql.publicCall;
  if (gql.ctx) return { correlationId: gql.ctx.correlationId };
  throw gql.authError ?? new UnauthenticatedError('No public call context');
});
