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
export { consumerLagGauge, deadLetteredCounter } from './metrics';
export { createKafkaBus, kafkaBrokersFromEnv } from './kafka-bus';
export type { KafkaBusOptions } from './kafka-bus';
export { messageLogFields } from './dead-letter';
