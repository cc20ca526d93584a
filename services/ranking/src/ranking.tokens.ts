import { EVENT_STORE } from '@par/nest-platform';

export const RANKING_SCHEMA = 'ranking';
/** The service's event store (official ranking versions), provided by the platform from the service definition. */
export const RANKING_STORE = EVENT_STORE;
