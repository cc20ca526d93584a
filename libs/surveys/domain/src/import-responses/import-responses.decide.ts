import { RESPONSE_BATCH_SIZE, type CampaignEvent, type ResponseRow } from '../campaign/campaign.events';
import type { CampaignState, StoredResponse } from '../campaign/campaign.state';
import { campaignNotFound } from '../campaign/survey-errors';

export interface ImportSurveyResponses {
  type: 'ImportSurveyResponses';
  /** Rows already checked by `readResponseTable` (nothing is imported while a row is wrong). */
  data: { campaignId: string; importId: string; fileName: string; rows: ResponseRow[] };
}

const same = (s: StoredResponse, r: ResponseRow) =>
  s.group === r[1] && s.unitId === r[2] && s.answers.length === r[3].length && s.answers.every((a, i) => a === r[3][i]);

/** The rows of an import that are new or differ from the stored response of their respondent. */
export function changedRows(state: CampaignState, rows: readonly ResponseRow[]): ResponseRow[] {
  return rows.filter((r) => {
    const s = state.responses.get(r[0]);
    return !s || !same(s, r);
  });
}

/**
 * Responses keyed by respondent id: new and changed rows are recorded, in batches of RESPONSE_BATCH_SIZE (one
 * append); the same file again records nothing; a corrected file records only its corrected rows.
 */
export function decideImportResponses(command: ImportSurveyResponses, state: CampaignState): CampaignEvent[] {
  const { campaignId, importId, fileName, rows } = command.data;
  if (!state.definition) throw campaignNotFound(campaignId);
  const changed = changedRows(state, rows);
  if (changed.length === 0) return [];
  const parts = Math.ceil(changed.length / RESPONSE_BATCH_SIZE);
  return Array.from({ length: parts }, (_, k) => ({
    type: 'SurveyResponsesImported' as const,
    data: {
      campaignId,
      importId,
      fileName,
      part: k + 1,
      parts,
      rows: changed.slice(k * RESPONSE_BATCH_SIZE, (k + 1) * RESPONSE_BATCH_SIZE),
      unchanged: k === 0 ? rows.length - changed.length : 0,
    },
  }));
}
