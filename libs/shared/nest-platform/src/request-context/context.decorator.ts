import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError, type RequestContext } from '@par/kernel';

export interface GraphQLRequestContext {
  ctx?: RequestContext;
  authError?: Error;
}

/** Injects the verified RequestContext (province, actor, correlation id) into a resolver. */
export const Ctx = createParamDecorator((_: unknown, execution: ExecutionContext): RequestContext => {
  const gql = GqlExecutionContext.create(execution).getContext<GraphQLRequestContext>();
  if (!gql.ctx) throw gql.authError ?? new UnauthenticatedError('No request context');
  return gql.ctx;
});
