import { ValidationError } from '@par/kernel';

/** One problem found in a campaign definition, a response row or an answer: stable code, Vietnamese, English. */
export interface SurveyProblem {
  code: string;
  messageVi: string;
  detail: string;
}

/** Every problem of a definition as one error: the first problem's code, all of them in `meta.problems`. */
export function problemsError(problems: readonly SurveyProblem[]): ValidationError {
  const first = problems[0]!;
  return new ValidationError({
    code: first.code,
    messageVi: problems.length === 1 ? first.messageVi : `${first.messageVi} (và ${problems.length - 1} lỗi khác)`,
    detail: problems.map((p) => p.detail).join('; '),
    meta: { problems: problems.map((p) => ({ ...p })) },
  });
}

export const surveyError = (code: string, messageVi: string, detail: string) => new ValidationError({ code, messageVi, detail });

export const campaignNotFound = (campaignId: string) =>
  surveyError('UNKNOWN_SURVEY_CAMPAIGN', `Không tìm thấy đợt khảo sát "${campaignId}".`, `Survey campaign ${campaignId} does not exist`);
