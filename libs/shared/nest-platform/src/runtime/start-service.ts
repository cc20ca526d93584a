import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { keepIdleConnectionsLongerThanClients } from '@par/kernel';
import { uploadMiddleware } from '../graphql/uploads';

/** Creates and (optionally) starts one Nest service on 127.0.0.1, accepting GraphQL multipart uploads. */
export async function startService(module: unknown, port: number | null): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, { logger: ['error', 'warn'], abortOnError: false });
  app.enableShutdownHooks();
  // GraphQL multipart uploads, parsed before Apollo (which then sees a plain operation with `Upload` values)
  app.use('/graphql', uploadMiddleware());
  if (port !== null) {
    await app.listen(port, '127.0.0.1');
    keepIdleConnectionsLongerThanClients(app.getHttpServer() as Server);
  } else await app.init();
  return app;
}
