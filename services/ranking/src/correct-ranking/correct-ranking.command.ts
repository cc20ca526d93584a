import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { OfficialRankingType } from '../official-versions/official-version.types';

export class CorrectRankingCommand extends Command<OfficialRankingType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: {
      cycleId: string;
      decisionNumber?: string | null;
      decisionDate?: string | null;
      signer?: string | null;
      reason: string;
      expectedVersion?: number | null;
    },
  ) {
    super();
  }
}
