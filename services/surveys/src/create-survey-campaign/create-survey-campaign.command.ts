import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { SurveyCampaignType } from '../campaign-view/campaign-view.type';

export class CreateSurveyCampaignCommand extends Command<SurveyCampaignType> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: { campaignId: string; cycleId: string; definition: string },
  ) {
    super();
  }
}
