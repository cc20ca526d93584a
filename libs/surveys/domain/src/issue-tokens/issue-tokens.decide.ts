import type { CampaignEvent } from '../campaign/campaign.events';
import type { CampaignState } from '../campaign/campaign.state';
import { campaignNotFound, surveyError } from '../campaign/survey-errors';

/** Tokens issued in one call at most (a group's mailing list). */
export const MAX_TOKENS_PER_ISSUE = 5_000;

export interface IssueSurveyTokens {
  type: 'IssueSurveyTokens';
  data: {
    campaignId: string;
    group: string;
    /** ISO instant after which the tokens are refused. */
    expiresAt: string;
    /** The clock, injected. */
    now: string;
    /** Hashes of fresh secrets (made by the handler), with what each may answer. */
    tokens: { hash: string; respondentId: string; unitId: string }[];
    /** Units of the cycle. */
    unitIds: string[];
  };
}

/** Tokens for one group: known units the group assesses, fresh respondents, an expiry in the future. */
export function decideIssueTokens(command: IssueSurveyTokens, state: CampaignState): CampaignEvent[] {
  const { campaignId, group, expiresAt, now, tokens, unitIds } = command.data;
  const def = state.definition;
  if (!def) throw campaignNotFound(campaignId);
  const g = def.groups.find((x) => x.code === group);
  if (!g) throw surveyError('UNKNOWN_GROUP', `Nhóm đối tượng "${group}" không có trong đợt khảo sát.`, `Unknown group ${group}`);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS_PER_ISSUE) {
    throw surveyError('TOKEN_COUNT_INVALID', `Số mã phải từ 1 đến ${MAX_TOKENS_PER_ISSUE}.`, `${tokens.length} tokens requested`);
  }
  if (!(Date.parse(expiresAt) > Date.parse(now))) {
    throw surveyError('TOKEN_EXPIRY_INVALID', 'Thời hạn của mã phải ở tương lai.', `expiresAt ${expiresAt} not after ${now}`);
  }
  const units = new Set(g.assesses.length ? g.assesses : unitIds);
  const bad = tokens.find((t) => !units.has(t.unitId));
  if (bad)
    throw surveyError(
      'UNKNOWN_UNIT',
      `Nhóm "${group}" không đánh giá đơn vị "${bad.unitId}".`,
      `Group ${group} does not assess ${bad.unitId}`,
    );
  const taken = new Set([...state.responses.keys(), ...[...state.tokens.values()].map((t) => t.respondentId)]);
  const ids = new Set<string>();
  for (const t of tokens) {
    if (taken.has(t.respondentId) || ids.has(t.respondentId)) {
      throw surveyError(
        'DUPLICATE_RESPONDENT',
        `Người trả lời "${t.respondentId}" đã có mã hoặc câu trả lời.`,
        `Respondent ${t.respondentId} already has a token or a response`,
      );
    }
    ids.add(t.respondentId);
  }
  return [{ type: 'SurveyTokensIssued', data: { campaignId, group, expiresAt, tokens } }];
}
