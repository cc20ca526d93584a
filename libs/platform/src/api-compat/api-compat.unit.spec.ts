import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareApi, formatApiReport, parseAcceptedChanges, publicSchemaOf } from './api-compat';

const supergraph = readFileSync(fileURLToPath(new URL('../../../../gateway/supergraph.graphql', import.meta.url)), 'utf8');

/** The committed supergraph with one edit of its SDL text (the test fails if the anchor is gone). */
function edited(from: string | RegExp, to: string): string {
  const next = supergraph.replace(from, to);
  if (next === supergraph) throw new Error(`anchor ${String(from)} not found in gateway/supergraph.graphql`);
  return next;
}

// `ranking(cycleId: ID!)` on Query, as composed today
const RANKING = /(\n\s+ranking\(cycleId: ID!)/;
// `verifyAuditTrail` with its description
const VERIFY = /\n\s+"""\n[^\n]*\n\s+"""\n\s+verifyAuditTrail\([^\n]+/;

describe('API compatibility check (graphql-inspector on the public schema)', () => {
  it('the public schema hides federation machinery', () => {
    const schema = publicSchemaOf(supergraph);
    expect(schema.getQueryType()?.getFields()['ranking']).toBeDefined();
    expect(schema.getType('join__Graph')).toBeUndefined();
    expect(schema.getType('link__Purpose')).toBeUndefined();
  });

  it('no change: nothing reported', async () => {
    const report = await compareApi(supergraph, supergraph);
    expect(report.changes).toEqual([]);
    expect(formatApiReport(report)).toBe('No change from the released API.');
  });

  // graphql-inspector calls a new optional argument "dangerous" (a client's cached query still works): not breaking
  it('a removed field is breaking; a new optional argument is not', async () => {
    const removed = edited(VERIFY, '');
    const withOptionalArg = edited(RANKING, '$1, includeHistory: Boolean');

    const r1 = await compareApi(supergraph, removed);
    expect(r1.unacceptedBreaking.map((c) => [c.type, c.path])).toEqual([['FIELD_REMOVED', 'Query.verifyAuditTrail']]);
    expect(formatApiReport(r1)).toContain(
      "Breaking changes NOT accepted (1):\n  - Field 'verifyAuditTrail' was removed from object type 'Query'",
    );

    const r2 = await compareApi(supergraph, withOptionalArg);
    expect(r2.unacceptedBreaking).toEqual([]);
    expect(r2.changes.map((c) => [c.type, c.path, c.level])).toEqual([
      ['FIELD_ARGUMENT_ADDED', 'Query.ranking.includeHistory', 'DANGEROUS'],
    ]);
  });

  it('a new required argument is breaking', async () => {
    const report = await compareApi(supergraph, edited(RANKING, '$1, asOf: String!'));
    expect(report.unacceptedBreaking.map((c) => c.path)).toEqual(['Query.ranking.asOf']);
  });

  it('a breaking change listed with a reason is accepted; a stale entry is reported', async () => {
    const removed = edited(VERIFY, '');
    const accepted = parseAcceptedChanges(
      JSON.stringify([
        { type: 'FIELD_REMOVED', path: 'Query.verifyAuditTrail', reason: 'Replaced by auditTrail { verify }' },
        { type: 'FIELD_REMOVED', path: 'Query.nothing', reason: 'stale' },
      ]),
    );
    const report = await compareApi(supergraph, removed, accepted);
    expect(report.unacceptedBreaking).toEqual([]);
    expect(report.changes[0]?.acceptedReason).toBe('Replaced by auditTrail { verify }');
    expect(report.unusedAcceptances.map((a) => a.path)).toEqual(['Query.nothing']);
    expect(formatApiReport(report)).toContain('reason: Replaced by auditTrail { verify }');
  });

  it('an accepted entry without a reason is refused', () => {
    expect(() => parseAcceptedChanges(JSON.stringify([{ type: 'FIELD_REMOVED', path: 'Query.x', reason: ' ' }]))).toThrow(
      'entry 1 needs a non-empty "reason"',
    );
    expect(() => parseAcceptedChanges('{}')).toThrow('expected a JSON array');
  });
});
