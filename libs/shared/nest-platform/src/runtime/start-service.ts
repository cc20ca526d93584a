import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { uploadMiddleware } from '../graphql/uploads';

/**
 * The gateway keeps connections to a subgraph open between requests. If the subgraph closed an idle one first
 * (Node's default: after 5 s), a request the gateway had just sent on it would fail with ECONNRESET; so the
 * subgraph keeps idle connections longer than the gateway's client does, and the client always closes first.
 */
function keepConnectionsLongerThanTheGateway(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/** Creates and (optionally) starts one Nest service on 127.0.0.1, accepting GraphQL multipart uploads. */
export async function startService(module: unknown, port: number | null): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, { logger: ['error', 'warn'], abortOnError: false });
  app.enableShutdownHooks();
  // GraphQL multipart uploads, parsed before Apollo (which then sees a plain operation with `Upload` values)
  app.use('/graphql', uploadMiddleware());
  if (port !== null) {
    await app.listen(port, '127.0.0.1');
    keepConnectionsLongerThanTheGateway(app.getHttpServer() as Server);
  } else await app.init();
  return app;
}
