import type { EventStore } from '@par/event-store';
import type { ProvinceId } from '@par/kernel';
import {
  campaignDecider,
  campaignNotFound,
  campaignStreamId,
  type CampaignDefinition,
  type CampaignEvent,
  type CampaignState,
} from '@par/surveys-domain';

/** A campaign folded from its stream (reads: progress, results, the form); UNKNOWN_SURVEY_CAMPAIGN when absent. */
export async function readCampaign(
  store: EventStore,
  province: ProvinceId,
  campaignId: string,
): Promise<{ state: CampaignState & { definition: CampaignDefinition }; version: number }> {
  const events = await store.readStream(province, campaignStreamId(province, campaignId));
  const state = events
    .map((e) => ({ type: e.type, data: e.data }) as CampaignEvent)
    .reduce(campaignDecider.evolve, campaignDecider.initialState());
  if (!state.definition) throw campaignNotFound(campaignId);
  return { state: state as CampaignState & { definition: CampaignDefinition }, version: events.at(-1)?.streamVersion ?? 0 };
}
