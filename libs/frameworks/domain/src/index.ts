export * from './framework/framework.decider';
export * from './unit/unit.types';
export * from './unit/unit.dates';
export * from './unit/unit.evolve';
export * from './unit/unit.decider';
export * from './unit/unit-import.plan';
export * from './cycle/cycle.decider';
export * from './frameworks.events';
