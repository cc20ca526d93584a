import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';

/**
 * The API promise (ADR 0024's sibling, docs/api/README.md): the schema clients see — the supergraph's public
 * schema, without federation's `join__`/`link__` machinery — may only change compatibly, unless the change is
 * listed with a reason in the accepted-changes file.
 */
export interface AcceptedChange {
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  readonly type: string;
  /** The schema coordinate, e.g. `Query.ranking` or `Query.ranking.cycleId`. */
  readonly path: string;
  /** Why the break is intended, and what clients must do (reviewed with the change). */
  readonly reason: string;
}

export interface ApiChange {
  readonly type: string;
  readonly path: string;
  readonly message: string;
  readonly level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** For a breaking change listed in the accepted-changes file: its reason. */
  readonly acceptedReason?: string;
}

export interface ApiCompatReport {
  readonly changes: readonly ApiChange[];
  /** Breaking changes not listed in the accepted-changes file: the check fails on any. */
  readonly unacceptedBreaking: readonly ApiChange[];
  /** Accepted entries that match no change (stale; reported so the file stays honest). */
  readonly unusedAcceptances: readonly AcceptedChange[];
}

/** The schema a client of the gateway sees, from a composed supergraph SDL. */
export function publicSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)), { assumeValidSDL: true });
}

const LEVELS: Record<CriticalityLevel, ApiChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'NON_BREAKING',
};

const toApiChange = (c: Change): ApiChange => ({
  type: String(c.type),
  path: c.path ?? '',
  message: c.message,
  level: LEVELS[c.criticality.level],
});

/** Every change from the released public schema to the current one, classified, against the accepted list. */
export async function compareApi(
  releasedSupergraphSdl: string,
  currentSupergraphSdl: string,
  accepted: readonly AcceptedChange[] = [],
): Promise<ApiCompatReport> {
  const raw = await diff(publicSchemaOf(releasedSupergraphSdl), publicSchemaOf(currentSupergraphSdl));
  const matches = (a: AcceptedChange, c: ApiChange) => a.type === c.type && a.path === c.path;
  const changes = raw.map(toApiChange).map((c) => {
    const hit = c.level === 'BREAKING' ? accepted.find((a) => matches(a, c)) : undefined;
    return hit ? { ...c, acceptedReason: hit.reason } : c;
  });
  return {
    changes,
    unacceptedBreaking: changes.filter((c) => c.level === 'BREAKING' && c.acceptedReason === undefined),
    unusedAcceptances: accepted.filter((a) => !changes.some((c) => matches(a, c))),
  };
}

/** Reads the accepted-changes file's JSON; every entry needs a type, a path and a non-empty reason. */
export function parseAcceptedChanges(json: string): AcceptedChange[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error('accepted changes: expected a JSON array of { type, path, reason }');
  return data.map((e: unknown, i) => {
    const entry = (e ?? {}) as Record<string, unknown>;
    for (const key of ['type', 'path', 'reason'] as const) {
      const value = entry[key];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`accepted changes: entry ${i + 1} needs a non-empty "${key}" (the reason is reviewed with the change)`);
      }
    }
    return { type: String(entry['type']), path: String(entry['path']), reason: String(entry['reason']) };
  });
}

/** The report in English, one change a line, grouped by level. */
export function formatApiReport(report: ApiCompatReport): string {
  const lines: string[] = [];
  const group = (title: string, items: readonly ApiChange[], line: (c: ApiChange) => string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`, ...items.map((c) => `  - ${line(c)}`));
  };
  const plain = (c: ApiChange) => `${c.message} [${c.type} ${c.path}]`;
  group('Breaking changes NOT accepted', report.unacceptedBreaking, plain);
  group(
    'Breaking changes accepted',
    report.changes.filter((c) => c.acceptedReason !== undefined),
    (c) => `${plain(c)} — reason: ${c.acceptedReason}`,
  );
  group(
    'Dangerous changes (compatible, but clients may behave differently)',
    report.changes.filter((c) => c.level === 'DANGEROUS'),
    plain,
  );
  group(
    'Compatible changes',
    report.changes.filter((c) => c.level === 'NON_BREAKING'),
    plain,
  );
  if (report.unusedAcceptances.length) {
    lines.push(
      `Accepted entries matching no change (remove them): ${report.unusedAcceptances.map((a) => `${a.type} ${a.path}`).join(', ')}`,
    );
  }
  if (lines.length === 0) lines.push('No change from the released API.');
  return lines.join('\n');
}

/** The changelog section `api:release` appends for one release. */
export function changelogEntry(report: ApiCompatReport, releasedOn: string, note?: string): string {
  const section = (title: string, items: readonly ApiChange[]) =>
    items.length ? [`### ${title}`, '', ...items.map((c) => `- ${c.message}${c.acceptedReason ? ` — ${c.acceptedReason}` : ''}`), ''] : [];
  return [
    `## ${releasedOn}`,
    '',
    ...(note ? [note, ''] : []),
    ...section(
      'Breaking',
      report.changes.filter((c) => c.level === 'BREAKING'),
    ),
    ...section(
      'Dangerous',
      report.changes.filter((c) => c.level === 'DANGEROUS'),
    ),
    ...section(
      'Added and compatible',
      report.changes.filter((c) => c.level === 'NON_BREAKING'),
    ),
  ].join('\n');
}
