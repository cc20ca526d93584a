import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { changelogEntry, compareApi, composeSupergraph, formatApiReport, parseAcceptedChanges } from '@par/platform';

/**
 * `npm run api:check`: composes the supergraph from the code and compares its public schema with the released
 * one (gateway/released/supergraph.graphql); exit 1 on a breaking change not listed, with a reason, in
 * gateway/released/accepted-changes.json.
 * `npm run api:release [-- --note "…"]`: the same check, then the current supergraph becomes the released one,
 * the changes are appended to docs/api/CHANGELOG.md and the accepted list is emptied (its entries are released).
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const releasedPath = `${root}gateway/released/supergraph.graphql`;
const acceptedPath = `${root}gateway/released/accepted-changes.json`;
const changelogPath = `${root}docs/api/CHANGELOG.md`;
const release = process.argv.includes('--release');
const noteAt = process.argv.indexOf('--note');
const note = noteAt > 0 ? process.argv[noteAt + 1] : undefined;

const { supergraphSdl } = await composeSupergraph(fileURLToPath(new URL('./print-subgraph.main.js', import.meta.url)));
const released = await readFile(releasedPath, 'utf8');
const accepted = parseAcceptedChanges(await readFile(acceptedPath, 'utf8'));
const report = await compareApi(released, supergraphSdl, accepted);
console.log(formatApiReport(report));

if (report.unacceptedBreaking.length > 0) {
  console.error(
    `\n✗ ${report.unacceptedBreaking.length} breaking change(s) to the public API. Prefer a compatible change (add, deprecate ` +
      `with @deprecated(reason: …), never remove or retype); if the break is intended, list it with a reason in ` +
      `gateway/released/accepted-changes.json (reviewed with the change) — see docs/api/README.md.`,
  );
  process.exit(1);
}
if (!release) {
  console.log('\n✓ the API is compatible with the released one (gateway/released/supergraph.graphql)');
  process.exit(0);
}
if (report.changes.length === 0) {
  console.log('Nothing to release.');
  process.exit(0);
}
await writeFile(releasedPath, supergraphSdl.trimEnd() + '\n');
await writeFile(acceptedPath, '[]\n');
await appendFile(changelogPath, '\n' + changelogEntry(report, new Date().toISOString().slice(0, 10), note).trimEnd() + '\n');
console.log(`\n✓ released: ${releasedPath} updated, ${report.changes.length} change(s) appended to docs/api/CHANGELOG.md`);
process.exit(0);
