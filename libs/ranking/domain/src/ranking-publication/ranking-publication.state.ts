import type { RankingDecision, RankingPublicationEvent } from './ranking-publication.events';

/** One official version as the decider needs it (its rows stay in the event). */
export interface OfficialVersionInfo {
  readonly rankingVersion: number;
  readonly kind: 'PUBLISHED' | 'CORRECTED';
  readonly decision: RankingDecision;
  readonly reason: string | null;
  readonly at: string;
}

export interface RankingPublicationState {
  /** Official versions in order; empty before publication. */
  readonly versions: readonly OfficialVersionInfo[];
}

export const initialRankingPublicationState = (): RankingPublicationState => ({ versions: [] });

export function evolveRankingPublication(state: RankingPublicationState, event: RankingPublicationEvent): RankingPublicationState {
  switch (event.type) {
    case 'RankingPublished':
      return {
        versions: [
          ...state.versions,
          { rankingVersion: 1, kind: 'PUBLISHED', decision: event.data.decision, reason: null, at: event.data.publishedAt },
        ],
      };
    case 'RankingCorrected':
      return {
        versions: [
          ...state.versions,
          {
            rankingVersion: event.data.rankingVersion,
            kind: 'CORRECTED',
            decision: event.data.decision,
            reason: event.data.reason,
            at: event.data.correctedAt,
          },
        ],
      };
  }
}

/** The latest official version, undefined before publication. */
export function latestOfficialVersion(state: RankingPublicationState): OfficialVersionInfo | undefined {
  return state.versions.at(-1);
}
