export * from './projection-registry';
export * from './rebuild-projection';
