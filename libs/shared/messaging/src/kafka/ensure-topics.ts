import type { Admin } from '@platformatic/kafka';

/**
 * Returns ensureTopics(topics): creates the topics that do not exist yet (with the given layout) and
 * remembers the ones known to exist, so that later calls for them cost nothing.
 */
export function topicEnsurer(admin: () => Admin, layout: { partitions: number; replicas: number }): (topics: string[]) => Promise<void> {
  const known = new Set<string>();
  return async function ensureTopics(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((t) => !known.has(t));
    if (missing.length === 0) return;
    const existing = new Set(await admin().listTopics());
    const toCreate = missing.filter((t) => !existing.has(t));
    if (toCreate.length > 0) {
      try {
        await admin().createTopics({ topics: toCreate, partitions: layout.partitions, replicas: layout.replicas });
      } catch (e) {
        // A concurrent creator won: fine. Anything else: let the caller see it.
        const again = new Set(await admin().listTopics());
        if (!toCreate.every((t) => again.has(t))) throw e;
      }
    }
    for (const t of missing) known.add(t);
  };
}
