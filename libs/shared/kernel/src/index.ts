export * from './errors/par-error';
export * from './context/request-context';
export * from './format/vietnamese';
export type { Decider } from './decider/decider';
export * from './uploads/upload-limits';
export * from './config/platform-config';
export * from './http/keep-alive';
export * from './random/seeded-random';
