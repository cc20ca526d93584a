import { EVENT_STORE } from '@par/nest-platform';

export const ASSESSMENTS_SCHEMA = 'assessments';
/** The service's event store, provided by the platform from the service definition (`EVENT_STORE`). */
export const ASSESSMENTS_STORE = EVENT_STORE;
