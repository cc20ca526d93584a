import { EVENT_STORE } from '@par/nest-platform';
import { CYCLE_OPENED_SCHEMA, FRAMEWORK_VERSION_PUBLISHED_SCHEMA } from '@par/frameworks-domain';

export const FRAMEWORKS_SCHEMA = 'frameworks';
/** The service's event store, provided by the platform from the service definition (`EVENT_STORE`). */
export const FRAMEWORKS_STORE = EVENT_STORE;

/** Schema versions of the events whose shape changed (the older ones are upcast on read). */
export const FRAMEWORKS_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  FrameworkVersionPublished: FRAMEWORK_VERSION_PUBLISHED_SCHEMA,
  CycleOpened: CYCLE_OPENED_SCHEMA,
};
