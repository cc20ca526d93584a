export type { OutgoingMessage, IncomingMessage, MessageBus, SubscribeOptions, Subscription } from './bus';
export {
  HEADERS,
  HEADER_PROVINCE,
  HEADER_EVENT_TYPE,
  HEADER_SCHEMA_VERSION,
  HEADER_CORRELATION_ID,
  HEADER_CAUSATION_ID,
  HEADER_EVENT_ID,
  DLQ_HEADERS,
  dlqTopic,
} from './bus';
export { createInProcessBus } from './in-process-bus';
export { startForwarder, eventMessage } from './forwarder';
export type { Forwarder, ForwarderOptions } from './forwarder';
export { startProjection, projectionMigrations, projectionLockKey } from './projection';
export type { Projection, ProjectionOptions } from './projection';
export { markProcessed, clearProcessed } from './projection-spec';
export type { ProjectionSpec } from './projection-spec';
export { consumerLagGauge, deadLetteredCounter, forwardedCounter } from './metrics';
export { createKafkaBus, kafkaBrokersFromEnv } from './kafka-bus';
export type { KafkaBusOptions } from './kafka-bus';
