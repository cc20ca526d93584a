import { Counter, register } from 'prom-client';

const NAME = 'par_forwarder_forwarded_total';

/** Events forwarded from an event store to the bus (prom-client default registry, read by `GET /metrics`). */
export const forwardedCounter: Counter<string> =
  (register.getSingleMetric(NAME) as Counter<string> | undefined) ??
  new Counter({ name: NAME, help: 'Events forwarded from the store to the bus', labelNames: ['forwarder'] });
