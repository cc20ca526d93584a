import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { keepIdleConnectionsLongerThanClients, MAX_JSON_REQUEST_BYTES } from '@par/kernel';
import { uploadMiddleware } from '../graphql/uploads';

/** Creates and (optionally) starts one Nest service on 127.0.0.1, accepting GraphQL multipart uploads. */
export async function startService(module: unknown, port: number | null): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module as never, { logger: ['error', 'warn'], abortOnError: false });
  app.enableShutdownHooks();
  // the gateway admits JSON requests up to MAX_JSON_REQUEST_BYTES; the subgraph takes what it forwards (and a margin
  // for what the gateway adds), so that an over-long text reaches the text rule and gets its coded error
  app.useBodyParser('json', { limit: MAX_JSON_REQUEST_BYTES * 2 });
  // GraphQL multipart uploads, parsed before Apollo (which then sees a plain operation with `Upload` values)
  app.use('/graphql', uploadMiddleware());
  if (port !== null) {
    await app.listen(port, '127.0.0.1');
    keepIdleConnectionsLongerThanClients(app.getHttpServer() as Server);
  } else await app.init();
  return app;
}
