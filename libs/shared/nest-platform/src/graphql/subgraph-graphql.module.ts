import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule, type BuildSchemaOptions } from '@nestjs/graphql';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { subgraphContextFactory } from '../request-context/context.factory';
import { formatParError } from './format-error';
import { textInputPlugin } from './text-input.plugin';
import { requireCallerPlugin } from './require-caller.plugin';
import { DateTimeScalar } from './scalars';

/**
 * Apollo Federation 2 subgraph, code-first. The link version is pinned to v2.6 with the directives
 * every composer here understands (Nest's default v2.14 is rejected by @theguild/federation-composition).
 *
 * `include` is the service's own module: Nest's code-first type registry is process-global, so where several
 * subgraphs run in one process (embedded mode, tests) each schema takes only the types registered in its own
 * module (`@ObjectType(..., { registerIn })`) plus the unscoped ones. Entity stubs that several subgraphs extend
 * under one name (`Unit`, `Cycle`) are registered in their module, so they never meet in one schema.
 */
export function subgraphGraphQLModule(opts: { secret: string; orphanedTypes?: Function[]; include?: Function[] }): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    path: '/graphql',
    ...(opts.include && { include: opts.include }),
    autoSchemaFile: {
      federation: {
        version: 2,
        importUrl: 'https://specs.apollo.dev/federation/v2.6',
        directives: ['@key', '@shareable', '@external', '@requires', '@provides', '@tag', '@inaccessible', '@override'],
      },
    },
    sortSchema: true,
    playground: false,
    introspection: true,
    context: subgraphContextFactory(opts.secret),
    formatError: formatParError,
    plugins: [ApolloServerPluginInlineTraceDisabled(), requireCallerPlugin(), textInputPlugin()],
    // `includeModules` is what Nest's schema factory filters types by; its federation driver does not pass
    // `include` on (@nestjs/graphql 14.0.3), but spreads `buildSchemaOptions` into the factory's options.
    buildSchemaOptions: {
      orphanedTypes: opts.orphanedTypes ?? [],
      // a TypeScript `Date` field is graphql-scalars' DateTime (docs/CONVENTIONS.md), not Nest's own scalar
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      ...(opts.include && { includeModules: opts.include }),
    } as BuildSchemaOptions,
  });
}
