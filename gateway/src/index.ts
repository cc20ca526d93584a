export * from './gateway';
export * from './limits';
export { maskError, parseCorsOrigins } from './errors-and-cors';
export * from './static-files';
export * from './console-site';
export * from './rate-limit';
export { parseExplorerSetting } from './explorer';
