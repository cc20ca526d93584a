import { EVENT_STORE } from '@par/nest-platform';

export const SURVEYS_SCHEMA = 'surveys';
/** The service's event store, provided by the platform from the service definition (`EVENT_STORE`). */
export const SURVEYS_STORE = EVENT_STORE;
