export * from './framework/framework.decider';
export * from './unit/unit.decider';
export * from './cycle/cycle.decider';
export * from './frameworks.events';
