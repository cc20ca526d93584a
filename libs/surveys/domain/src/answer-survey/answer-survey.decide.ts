import type { CampaignEvent } from '../campaign/campaign.events';
import type { CampaignState, TokenRecord } from '../campaign/campaign.state';
import { campaignNotFound, problemsError, surveyError, type SurveyProblem } from '../campaign/survey-errors';

export interface AnswerSurvey {
  type: 'AnswerSurvey';
  data: { campaignId: string; tokenHash: string; answers: { questionId: string; value: number | null }[]; now: string };
}

/** The token's record if it may still answer: `TOKEN_INVALID`, `TOKEN_USED` or `TOKEN_EXPIRED` otherwise. */
export function usableToken(state: CampaignState, tokenHash: string, now: string): TokenRecord {
  const token = state.tokens.get(tokenHash);
  if (!token) throw surveyError('TOKEN_INVALID', 'Đường dẫn khảo sát không hợp lệ.', 'Unknown survey token');
  if (token.used)
    throw surveyError(
      'TOKEN_USED',
      'Phiếu khảo sát này đã được trả lời. Mỗi đường dẫn chỉ dùng được một lần.',
      'Survey token already used',
    );
  if (Date.parse(now) > Date.parse(token.expiresAt)) {
    throw surveyError('TOKEN_EXPIRED', 'Đường dẫn khảo sát đã hết hạn.', `Survey token expired at ${token.expiresAt}`);
  }
  return token;
}

/** One online answer per token: every answer on the scale, every required question answered. */
export function decideAnswerSurvey(command: AnswerSurvey, state: CampaignState): CampaignEvent[] {
  const { campaignId, tokenHash, answers, now } = command.data;
  const def = state.definition;
  if (!def) throw campaignNotFound(campaignId);
  const token = usableToken(state, tokenHash, now);
  const given = new Map(answers.map((a) => [a.questionId, a.value]));
  const levels = new Set(def.scale.levels.map((l) => l.value));
  const problems: SurveyProblem[] = [];
  for (const id of given.keys()) {
    if (!def.questions.some((q) => q.id === id))
      problems.push({ code: 'UNKNOWN_QUESTION', messageVi: `Không có câu hỏi "${id}".`, detail: `Unknown question ${id}` });
  }
  const row = def.questions.map((q) => {
    const v = given.get(q.id) ?? null;
    if (v === null && q.required)
      problems.push({ code: 'MISSING_ANSWER', messageVi: `Bạn chưa trả lời câu "${q.text}".`, detail: `Missing required answer ${q.id}` });
    if (v !== null && !levels.has(v))
      problems.push({
        code: 'ANSWER_OUT_OF_SCALE',
        messageVi: `Câu trả lời cho "${q.text}" không hợp lệ.`,
        detail: `Answer ${v} to ${q.id} outside the scale`,
      });
    return v;
  });
  if (problems.length) throw problemsError(problems);
  return [{ type: 'SurveyAnswered', data: { campaignId, tokenHash, row: [token.respondentId, token.group, token.unitId, row] } }];
}
