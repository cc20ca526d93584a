import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * DEV ONLY. oidc-provider's storage (sessions, interactions, codes, grants) in this process's memory, like the
 * rest of the dev issuer: one map per model per realm, entries dropped when they expire. (oidc-provider's own
 * quick-start adapter does the same but warns on every start.)
 */
export function memoryAdapterFactory(): new (model: string) => Adapter {
  const stores = new Map<string, Map<string, { payload: AdapterPayload; expiresAt: number }>>();
  const grants = new Map<string, Set<string>>();
  return class MemoryAdapter implements Adapter {
    private readonly store: Map<string, { payload: AdapterPayload; expiresAt: number }>;
    constructor(private readonly model: string) {
      this.store = stores.get(model) ?? new Map();
      stores.set(model, this.store);
    }
    private key = (id: string) => `${this.model}:${id}`;
    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      this.store.set(id, { payload, expiresAt: Date.now() + expiresIn * 1000 });
      if (payload.grantId) {
        const ids = grants.get(payload.grantId) ?? new Set<string>();
        ids.add(this.key(id));
        grants.set(payload.grantId, ids);
      }
    }
    async find(id: string): Promise<AdapterPayload | undefined> {
      const entry = this.store.get(id);
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        this.store.delete(id);
        return undefined;
      }
      return entry.payload;
    }
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      for (const [id, entry] of this.store) if (entry.payload.uid === uid) return this.find(id);
      return undefined;
    }
    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      for (const [id, entry] of this.store) if (entry.payload.userCode === userCode) return this.find(id);
      return undefined;
    }
    async consume(id: string): Promise<void> {
      const entry = this.store.get(id);
      if (entry) entry.payload = { ...entry.payload, consumed: Math.floor(Date.now() / 1000) };
    }
    async destroy(id: string): Promise<void> {
      this.store.delete(id);
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grants.get(grantId) ?? []) {
        const [model, ...rest] = key.split(':');
        stores.get(model!)?.delete(rest.join(':'));
      }
      grants.delete(grantId);
    }
  };
}
