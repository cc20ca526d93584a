import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ParErrorFilter } from '../graphql/par-error.filter';
import { SERVICE_RUNTIME, type ServiceRuntime } from './service-runtime';
import { SERVICE_NAME } from './service-name';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../health/metrics.controller';

/** Provides the runtime (database, bus, clock), CQRS dispatch and the health endpoint to one service. */
@Global()
@Module({})
export class RuntimeModule {
  static forService(name: string, runtime: ServiceRuntime): DynamicModule {
    return {
      module: RuntimeModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_RUNTIME, useValue: runtime },
        { provide: SERVICE_NAME, useValue: name },
        { provide: APP_FILTER, useClass: ParErrorFilter },
      ],
      exports: [SERVICE_RUNTIME, SERVICE_NAME, CqrsModule],
    };
  }
}
