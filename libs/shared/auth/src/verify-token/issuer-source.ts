import { provinceId } from '@par/kernel';
import { keycloakIssuer, type TrustedIssuer } from './trusted-issuers';

/** One province of the platform's tenant registry, as the gateway needs it. */
export interface RegisteredIssuer {
  /** Province code (`thai-nguyen`). */
  readonly code: string;
  /** Exact `iss` of its realm's tokens. */
  readonly issuer: string;
  readonly status: 'active' | 'disabled';
}

/**
 * Where the verifier learns the registered provinces: a function (the gateway passes one that reads PostgreSQL;
 * tests a fake), read again at most every `ttlMs`.
 */
export interface TenantRegistrySource {
  readonly read: () => Promise<readonly RegisteredIssuer[]>;
  /** How long one read is trusted; a disabled province's tokens are refused at most this long after the change. */
  readonly ttlMs?: number;
  /** Milliseconds clock (tests). */
  readonly now?: () => number;
  /** A failed read: the last good list stays in use (or the bootstrap list alone until one read succeeds). */
  readonly onError?: (e: unknown) => void;
}

export const DEFAULT_TENANT_TTL_MS = 5_000;

export type IssuerLookup =
  | { readonly kind: 'trusted'; readonly issuer: TrustedIssuer }
  | { readonly kind: 'disabled'; readonly issuer: TrustedIssuer }
  | { readonly kind: 'unknown' };

export interface IssuerSource {
  lookup(iss: string): Promise<IssuerLookup>;
}

type Snapshot = ReadonlyMap<string, IssuerLookup>;

function snapshotOf(rows: readonly RegisteredIssuer[], onError: (e: unknown) => void): Snapshot {
  const out = new Map<string, IssuerLookup>();
  for (const row of rows) {
    try {
      const issuer = keycloakIssuer(row.issuer, provinceId(row.code));
      out.set(issuer.issuer, { kind: row.status === 'active' ? 'trusted' : 'disabled', issuer });
    } catch (e) {
      onError(e); // a malformed row trusts nothing
    }
  }
  return out;
}

/**
 * The issuer allow-list: the bootstrap list (`PAR_ALLOWED_ISSUERS`) plus the tenant registry when one is given.
 * The registry wins for an issuer it knows (a disabled province is refused even if the bootstrap list names it);
 * an issuer neither knows is unknown. Reads of the registry are shared by concurrent requests and cached `ttlMs`.
 */
export function createIssuerSource(bootstrap: readonly TrustedIssuer[], registry?: TenantRegistrySource): IssuerSource {
  const fixed = new Map<string, IssuerLookup>(bootstrap.map((i) => [i.issuer, { kind: 'trusted', issuer: i }]));
  const unknown: IssuerLookup = { kind: 'unknown' };
  if (!registry) return { lookup: async (iss) => fixed.get(iss.replace(/\/$/, '')) ?? unknown };
  const ttl = registry.ttlMs ?? DEFAULT_TENANT_TTL_MS;
  const now = registry.now ?? Date.now;
  const onError = registry.onError ?? (() => undefined);
  let snapshot: Snapshot | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<void> | undefined;
  const refresh = async () => {
    try {
      snapshot = snapshotOf(await registry.read(), onError);
    } catch (e) {
      onError(e);
    } finally {
      readAt = now();
    }
  };
  const current = async (): Promise<Snapshot | undefined> => {
    if (now() - readAt >= ttl) {
      reading ??= refresh().finally(() => (reading = undefined));
      await reading;
    }
    return snapshot;
  };
  return {
    async lookup(iss) {
      const key = iss.replace(/\/$/, '');
      return (await current())?.get(key) ?? fixed.get(key) ?? unknown;
    },
  };
}
