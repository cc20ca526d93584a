import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { subgraphContextFactory } from '../request-context/context.factory';
import { formatParError } from './format-error';

/**
 * Apollo Federation 2 subgraph, code-first. The link version is pinned to v2.6 with the directives
 * every composer here understands (Nest's default v2.14 is rejected by @theguild/federation-composition).
 */
export function subgraphGraphQLModule(opts: { secret: string; orphanedTypes?: Function[] }): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    path: '/graphql',
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
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    buildSchemaOptions: { orphanedTypes: opts.orphanedTypes ?? [] },
  });
}
