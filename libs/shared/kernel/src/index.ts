export * from './errors/par-error';
export * from './context/request-context';
