// Public door of @par/observability: the structured logger (pino) and its field conventions. See README.md.
export { configureLogging, createLogger, errorFields, logLevelFromEnv, platformLogger, REDACTED_PATHS, type Logger } from './logger';
