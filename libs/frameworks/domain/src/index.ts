export * from './framework/framework.decider';
export * from './framework/framework.upcasters';
export * from './framework/framework-diff';
export * from './unit/unit.decider';
export * from './cycle/cycle.decider';
export * from './calendar/calendar';
export * from './frameworks.events';
