import { Controller, Get, Header } from '@nestjs/common';
import { register } from 'prom-client';

/**
 * Prometheus metrics of this process: consumer lag per group (`par_consumer_lag`), dead-lettered messages,
 * forwarded events, plus the Node.js process metrics registered by the bus.
 */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
