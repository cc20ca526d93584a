import { Counter, Gauge, register } from 'prom-client';

function gauge(name: string, help: string, labelNames: string[]): Gauge<string> {
  const existing = register.getSingleMetric(name);
  if (existing) return existing as Gauge<string>;
  return new Gauge({ name, help, labelNames });
}

/** Consumer lag per group (messages not yet processed), set by every subscription. */
export const consumerLagGauge = gauge('par_consumer_lag', 'Messages not yet processed by a consumer group', ['group', 'bus']);
function counter(name: string, help: string, labelNames: string[]): Counter<string> {
  const existing = register.getSingleMetric(name);
  if (existing) return existing as Counter<string>;
  return new Counter({ name, help, labelNames });
}

/** Messages sent to a dead-letter topic. */
export const deadLetteredCounter = counter('par_dead_lettered_total', 'Messages sent to a dead-letter topic', ['group', 'topic']);
