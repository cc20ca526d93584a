import { Command } from '@nestjs/cqrs';
import type { SurveyAnswerReceiptType } from '../survey-form/survey-form.types';

/** A public call: no user, no province; the token is the credential. */
export class AnswerSurveyCommand extends Command<SurveyAnswerReceiptType> {
  constructor(
    readonly correlationId: string,
    readonly token: string,
    readonly answers: { questionId: string; value: number | null }[],
  ) {
    super();
  }
}
