import { EVENT_STORE } from '@par/nest-platform';

export const FRAMEWORKS_SCHEMA = 'frameworks';
/** The service's event store, provided by the platform from the service definition (`EVENT_STORE`). */
export const FRAMEWORKS_STORE = EVENT_STORE;
