import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { VerifiedPrincipal } from '@par/auth';
import { expensiveCost, rootFieldCount, type GatewayLimits } from './limits';

/**
 * Rate limits of the gateway (ADR 0024): a budget of points per window, per token subject and province (higher
 * for the `integrator` role), and per client IP for requests that carry no valid token. A request costs
 * 1 point, plus the weight of each expensive field it selects (`GatewayLimits.expensiveFields`, ADR 0015), plus
 * 1 per root mutation field. Counters live in this process (`RateLimiterMemory`): with several gateway replicas
 * each enforces the limit on its own share of the traffic (see gateway/README.md).
 */
export interface RateLimitConfig {
  /** Length of the window in seconds. */
  readonly windowSeconds: number;
  /** Points per window for one user (token subject) of one province. */
  readonly userPoints: number;
  /** Points per window for a token with the `integrator` role. */
  readonly integratorPoints: number;
  /** Requests per window from one IP without a valid token (refused 401s are counted here). */
  readonly anonymousPoints: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  windowSeconds: 60,
  userPoints: 600,
  integratorPoints: 3000,
  anonymousPoints: 30,
};

const ENV: Readonly<Record<keyof RateLimitConfig, string>> = {
  windowSeconds: 'PAR_RATE_LIMIT_WINDOW_SECONDS',
  userPoints: 'PAR_RATE_LIMIT_POINTS',
  integratorPoints: 'PAR_RATE_LIMIT_INTEGRATOR_POINTS',
  anonymousPoints: 'PAR_RATE_LIMIT_ANONYMOUS_POINTS',
};

/**
 * The limits from the environment (`PAR_RATE_LIMIT_*`, each a positive integer), over the defaults; a bad
 * value stops the gateway at start-up with the variable's name instead of silently falling back.
 */
export function rateLimitsFromEnv(env: Readonly<Record<string, string | undefined>>, base = DEFAULT_RATE_LIMITS): RateLimitConfig {
  const config: Record<string, number> = { ...base };
  for (const [key, name] of Object.entries(ENV)) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    if (!/^[1-9]\d{0,8}$/.test(raw)) throw new Error(`${name} must be a positive integer (got "${raw.slice(0, 20)}")`);
    config[key] = Number(raw);
  }
  return config as unknown as RateLimitConfig;
}

/** The largest cost one accepted request can have: a user's budget must hold at least that much. */
export function maxRequestCost(limits: GatewayLimits): number {
  return 1 + limits.maxExpensiveCost + limits.maxMutations;
}

/** A request's points: 1, plus its expensive fields' weights (aliases and fragment spreads counted), plus its writes. */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  limits: GatewayLimits,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 1;
  const scope = { getSchema: () => schema, getFragment: (name: string) => fragments.get(name) ?? null };
  const root = schema.getRootType(operation.operation) ?? undefined;
  const writes = operation.operation === 'mutation' ? rootFieldCount(scope, operation.selectionSet) : 0;
  return 1 + expensiveCost(scope, operation.selectionSet, root, limits.expensiveFields) + writes;
}

export interface RateLimitRefusal {
  readonly retryAfterSeconds: number;
  readonly limit: number;
  readonly key: 'user' | 'ip';
}

/** The counters; `consume` resolves to a refusal when the budget is spent, else to undefined. */
export interface GatewayRateLimiter {
  readonly config: RateLimitConfig;
  consumeForUser(principal: VerifiedPrincipal, points: number): Promise<RateLimitRefusal | undefined>;
  /** Counts one request without a valid token from this IP. */
  consumeForIp(ip: string): Promise<RateLimitRefusal | undefined>;
}

const isIntegrator = (p: VerifiedPrincipal) => p.actor.roles.includes('integrator');

async function take(
  limiter: RateLimiterAbstract,
  key: string,
  points: number,
  kind: RateLimitRefusal['key'],
): Promise<RateLimitRefusal | undefined> {
  try {
    await limiter.consume(key, points);
    return undefined;
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    return { retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)), limit: limiter.points, key: kind };
  }
}

/** In-memory counters (one per process), keyed by province first. */
export function createRateLimiter(config: RateLimitConfig): GatewayRateLimiter {
  const duration = config.windowSeconds;
  const users = new RateLimiterMemory({ keyPrefix: 'user', points: config.userPoints, duration });
  const integrators = new RateLimiterMemory({ keyPrefix: 'integrator', points: config.integratorPoints, duration });
  const ips = new RateLimiterMemory({ keyPrefix: 'ip', points: config.anonymousPoints, duration });
  return {
    config,
    consumeForUser: (p, points) => take(isIntegrator(p) ? integrators : users, `${p.province}:${p.actor.id}`, points, 'user'),
    consumeForIp: (ip) => take(ips, ip, 1, 'ip'),
  };
}

/** The refusal in the platform's error shape, plus `retryAfterSeconds`. */
export function rateLimitedError(r: RateLimitRefusal): { message: string; extensions: Record<string, unknown> } {
  const who = r.key === 'ip' ? 'from this address without a valid token' : 'for this user';
  return {
    message: `Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${r.retryAfterSeconds} giây.`,
    extensions: {
      code: 'RATE_LIMITED',
      detail: `Rate limit of ${r.limit} points per window exceeded ${who}; retry after ${r.retryAfterSeconds} s`,
      retryAfterSeconds: r.retryAfterSeconds,
    },
  };
}

/** HTTP 429 with Retry-After, as a response body in GraphQL's error shape. */
export function rateLimitedResponse(r: RateLimitRefusal): { status: 429; headers: Record<string, string>; body: string } {
  return {
    status: 429,
    headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', 'retry-after': String(r.retryAfterSeconds) },
    body: JSON.stringify({ errors: [rateLimitedError(r)] }),
  };
}

/**
 * Charges each operation to its user before it executes (after parsing and validation, so the cost is known
 * and a request the limits of ADR 0015 refuse costs nothing here). Refused: `RATE_LIMITED`, HTTP 429, Retry-After.
 */
export function rateLimitPlugin(limiter: GatewayRateLimiter, limits: GatewayLimits): GatewayPlugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const principal = (args.contextValue as { principal?: VerifiedPrincipal }).principal;
      if (!principal) return;
      const cost = requestCost(args.schema, args.document, args.operationName, limits);
      const refusal = await limiter.consumeForUser(principal, cost);
      if (!refusal) return;
      const { message, extensions } = rateLimitedError(refusal);
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions })],
        extensions: { http: { status: 429, headers: { 'retry-after': String(refusal.retryAfterSeconds) } } },
      });
    },
  };
}
