import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SERVICE_RUNTIME, type ServiceRuntime } from '../runtime/service-runtime';
import { SERVICE_NAME } from '../runtime/service-name';

/** How long a readiness check waits for the database or the broker before calling it down. */
export const READINESS_TIMEOUT_MS = 2_000;

/** One dependency's answer: up with its latency, or down with a technical reason (no user data, no secrets). */
export interface CheckResult {
  readonly ok: boolean;
  readonly latencyMs: number;
  readonly error?: string;
}

async function timed(check: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Date.now() - started };
  } catch (e) {
    return { ok: false, latencyMs: Date.now() - started, error: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Health of one service: `/health/live` (the process answers: restart it if not), `/health/ready` (its database
 * and its broker answer within READINESS_TIMEOUT_MS: send it traffic only then; HTTP 503 with each check otherwise),
 * and `/health` (kept: the database round trip, for the existing scripts).
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(SERVICE_NAME) private readonly name: string,
  ) {}

  @Get()
  async health() {
    const started = Date.now();
    await this.runtime.db.asSystem((tx) => tx.query('select 1'));
    return { service: this.name, status: 'ok', database: this.runtime.db.kind, dbLatencyMs: Date.now() - started };
  }

  @Get('live')
  live() {
    return { service: this.name, status: 'live' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [database, messaging] = await Promise.all([
      timed(() => this.runtime.db.asSystem((tx) => tx.query('select 1')), READINESS_TIMEOUT_MS),
      timed(() => this.runtime.bus.ping(READINESS_TIMEOUT_MS), READINESS_TIMEOUT_MS),
    ]);
    const ok = database.ok && messaging.ok;
    res.status(ok ? 200 : 503).json({
      service: this.name,
      status: ok ? 'ready' : 'not-ready',
      checks: { database: { kind: this.runtime.db.kind, ...database }, messaging },
    });
  }
}
