import { ConfigError, parsePlatformConfig, type PlatformConfig } from '@par/kernel';

/** Stack mode's configuration, read once; a missing or invalid variable ends the process with exit code 1. */
export function readStackConfig(): PlatformConfig {
  try {
    return parsePlatformConfig(process.env, 'stack');
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`${e.message}\nInvalid configuration: ${e.problems.map((p) => `${p.variable} (${p.detail})`).join(', ')}`);
    process.exit(1);
  }
}
