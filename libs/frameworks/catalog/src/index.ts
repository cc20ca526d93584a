export * from './catalog.migrations';
export * from './catalog.evolve';
export * from './catalog.queries';
export * from './catalog.projection-spec';
export * from './cycle-unit.lookup';
export * from './unit-registry.queries';
