import { randomUUID } from 'node:crypto';
import type { Database } from '@par/database';
import { runDecision, type EventStore } from '@par/event-store';
import type { RequestContext } from '@par/kernel';
import { campaignDecider, campaignStreamId, changedRows, readResponseTable, type ResponseImportProblem } from '@par/surveys-domain';
import { readCampaign } from '../campaign-stream/read-campaign';
import { resolveCampaignCycle } from '../campaign-cycle/resolve-campaign-cycle';
import { readResponseFile } from './read-response-file';

export interface ResponseImportResult {
  campaignId: string;
  fileName: string;
  /** Rows of the file with a response. */
  rows: number;
  /** New or changed responses recorded. */
  imported: number;
  /** Rows equal to the stored responses. */
  unchanged: number;
  problems: ResponseImportProblem[];
}

/** Stages an import reports to a progress display (the CLI's bar). */
export type ImportProgress = (stage: 'read' | 'check' | 'write' | 'done', done: number, total: number) => void;

/**
 * Reads a response file, checks every row against the campaign (all problems, nothing imported while any), then
 * records new and changed responses in one append (the campaign decider). Used by the GraphQL import and the CLI.
 */
export async function importResponseFile(
  deps: { store: EventStore; db: Database; ctx: RequestContext; now: Date },
  input: { campaignId: string; fileName: string; bytes: Uint8Array },
  progress: ImportProgress = () => undefined,
): Promise<ResponseImportResult> {
  const { store, db, ctx, now } = deps;
  const { campaignId, fileName } = input;
  progress('read', 0, 1);
  const { state } = await readCampaign(store, ctx.province, campaignId);
  const cycle = await resolveCampaignCycle(db, ctx.province, state.definition.cycleId);
  const sheets = await readResponseFile(input.bytes, fileName);
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  progress('check', 0, total);
  const online = new Set([...state.tokens.values()].map((t) => t.respondentId));
  const table = readResponseTable(state.definition, cycle.unitIds, sheets, online);
  progress('check', total, total);
  const base = { campaignId, fileName, rows: table.rows.length, problems: table.problems };
  if (table.problems.length) return { ...base, imported: 0, unchanged: 0 };
  const changed = changedRows(state, table.rows).length;
  progress('write', 0, changed);
  if (changed > 0) {
    await runDecision({
      store,
      decider: campaignDecider,
      streamId: campaignStreamId(ctx.province, campaignId),
      command: { type: 'ImportSurveyResponses', data: { campaignId, importId: randomUUID(), fileName, rows: table.rows } },
      ctx,
      now,
      reason: `Nhập tệp ${fileName}`,
    });
  }
  progress('done', changed, changed);
  return { ...base, imported: changed, unchanged: table.rows.length - changed };
}
