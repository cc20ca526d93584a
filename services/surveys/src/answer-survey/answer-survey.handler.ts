import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { ValidationError, type RequestContext } from '@par/kernel';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { campaignDecider, campaignStreamId } from '@par/surveys-domain';
import { SURVEYS_SCHEMA, SURVEYS_STORE } from '../surveys.tokens';
import { findSurveyToken } from '../survey-token/find-survey-token';
import { AnswerSurveyCommand } from './answer-survey.command';

const MAX_ANSWERS = 200;

/**
 * An online answer with a one-time token. The province and campaign come from the token's record; the actor is
 * the token's respondent. The decider refuses a used or expired token (the stream's state, not the lookup).
 */
@CommandHandler(AnswerSurveyCommand)
export class AnswerSurveyHandler implements ICommandHandler<AnswerSurveyCommand> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ correlationId, token, answers }: AnswerSurveyCommand) {
    if (answers.length > MAX_ANSWERS) {
      throw new ValidationError({
        code: 'TOO_MANY_ANSWERS',
        messageVi: 'Phiếu có quá nhiều câu trả lời.',
        detail: `${answers.length} answers > ${MAX_ANSWERS}`,
      });
    }
    const record = await findSurveyToken(this.runtime.db, SURVEYS_SCHEMA, token);
    const now = this.runtime.now();
    const ctx: RequestContext = {
      province: record.province,
      actor: { id: `survey-token:${record.tokenHash.slice(0, 16)}`, name: 'Người trả lời trực tuyến', roles: [] },
      correlationId,
    };
    await runDecision({
      store: this.store,
      decider: campaignDecider,
      streamId: campaignStreamId(record.province, record.campaignId),
      command: {
        type: 'AnswerSurvey',
        data: { campaignId: record.campaignId, tokenHash: record.tokenHash, answers, now: now.toISOString() },
      },
      ctx,
      now,
    });
    return { message: 'Cảm ơn bạn đã trả lời phiếu khảo sát.', answered: answers.filter((a) => a.value !== null).length };
  }
}
