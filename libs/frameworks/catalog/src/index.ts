export * from './catalog.migrations';
export * from './catalog.projection';
export * from './catalog.queries';
