export * from './errors/par-error';
export * from './context/request-context';
export type { Decider } from './decider/decider';
