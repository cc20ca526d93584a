import { Controller, Get, Inject } from '@nestjs/common';
import { SERVICE_RUNTIME, type ServiceRuntime } from '../runtime/service-runtime';
import { SERVICE_NAME } from '../runtime/service-name';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(SERVICE_NAME) private readonly name: string,
  ) {}

  @Get()
  async health() {
    const started = Date.now();
    await this.runtime.db.asSystem((tx) => tx.query('select 1'));
    return { service: this.name, status: 'ok', database: this.runtime.db.kind, dbLatencyMs: Date.now() - started };
  }
}
