export * from './catalog.migrations';
export * from './catalog.evolve';
export * from './catalog.queries';
export * from './catalog.projection-spec';
export * from './cycle-unit.lookup';
export * from './cycle.queries';
export * from './unit-registry.queries';
