import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { OfficialRankingType } from '../official-versions/official-version.types';

export class PublishRankingCommand extends Command<OfficialRankingType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: {
      cycleId: string;
      decisionNumber: string;
      decisionDate: string;
      signer?: string | null;
      expectedVersion?: number | null;
    },
  ) {
    super();
  }
}
