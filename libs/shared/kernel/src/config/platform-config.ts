import { z } from 'zod';

/**
 * The platform's configuration, read once at start-up from the environment and validated (ADR 0028).
 * Stack mode requires every connection setting explicitly; only dev/embedded mode falls back to the local
 * development defaults. Pure: the caller passes the environment in.
 */
export type RunMode = 'stack' | 'embedded' | 'dev';

const DEV_DEFAULTS = {
  PAR_PG_URL: 'postgres://par_app:par_app@127.0.0.1:55432/par',
  PAR_PG_OWNER_URL: 'postgres://par_owner:par_owner@127.0.0.1:55432/par',
  PAR_PG_SYSTEM_URL: 'postgres://par_system:par_system@127.0.0.1:55432/par',
  PAR_KAFKA_BROKERS: '127.0.0.1:59092',
} as const;

const pgUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'a postgres:// URL');
const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  PAR_PG_URL: pgUrl,
  PAR_PG_OWNER_URL: pgUrl,
  PAR_PG_SYSTEM_URL: pgUrl,
  PAR_PG_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PAR_KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((s) =>
      s
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  PAR_INTERNAL_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  PAR_PORT: port.optional(),
  PAR_GATEWAY_PORT: port.default(4000),
  PAR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PAR_PUBLIC_URL: z.url().default('http://127.0.0.1:4000'),
  PAR_EVIDENCE_MAX_BYTES: z.coerce.number().int().positive().optional(),
});

export type PlatformConfig = z.infer<typeof schema> & { mode: RunMode };

/** One invalid or missing variable: its name, a Vietnamese message and an English detail. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly { variable: string; detail: string }[]) {
    super(problems.map((p) => `Cấu hình không hợp lệ: biến môi trường ${p.variable} thiếu hoặc sai (${p.detail})`).join('\n'));
  }
}

/** Parses the environment; throws ConfigError naming each variable that is missing or invalid. */
export function parsePlatformConfig(env: Readonly<Record<string, string | undefined>>, mode: RunMode): PlatformConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const input = mode === 'stack' ? given : { ...DEV_DEFAULTS, ...given };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        variable: String(i.path[0] ?? '?'),
        detail: i.code === 'invalid_type' && input[String(i.path[0])] === undefined ? 'required' : i.message,
      })),
    );
  }
  return { ...parsed.data, mode };
}
