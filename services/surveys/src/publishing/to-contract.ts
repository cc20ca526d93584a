import { contractMessage, type StoredEvent } from '@par/event-store';
import type { OutgoingMessage } from '@par/messaging';
import type { CampaignEvent } from '@par/surveys-domain';
import { SURVEYS_TOPIC, type SurveyResultsPublishedV1, type SurveyTokensIssuedV1 } from '@par/surveys-contracts';

/** Internal event → published contract v1 on `par.surveys.v1` (responses are never published). */
export function toSurveysContract(e: StoredEvent): OutgoingMessage | null {
  const ev = { type: e.type, data: e.data } as CampaignEvent;
  const common = { version: 1 as const, eventId: e.id, province: e.province, occurredAt: e.occurredAt, streamVersion: e.streamVersion };
  switch (ev.type) {
    case 'SurveyResultsPublished': {
      const value: SurveyResultsPublishedV1 = {
        type: 'SurveyResultsPublished',
        ...common,
        cycleId: ev.data.cycleId,
        campaignId: ev.data.campaignId,
        resultVersion: ev.data.resultVersion,
        results: ev.data.results.flatMap((u) =>
          u.items.map((i) => ({ unitId: u.unitId, code: i.code, rate: i.rate, points: i.points, responses: i.responses })),
        ),
        actor: { id: e.actor.id, name: e.actor.name ?? null, roles: e.actor.roles },
      };
      return contractMessage(SURVEYS_TOPIC, e, value);
    }
    case 'SurveyTokensIssued': {
      const value: SurveyTokensIssuedV1 = {
        type: 'SurveyTokensIssued',
        ...common,
        campaignId: ev.data.campaignId,
        group: ev.data.group,
        expiresAt: ev.data.expiresAt,
        tokens: ev.data.tokens.map((t) => ({ hash: t.hash, respondentId: t.respondentId, unitId: t.unitId })),
      };
      return contractMessage(SURVEYS_TOPIC, e, value);
    }
    default:
      return null;
  }
}
