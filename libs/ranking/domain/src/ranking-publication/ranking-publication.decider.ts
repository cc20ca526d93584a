import type { Decider } from '@par/kernel';
import type { RankingPublicationEvent } from './ranking-publication.events';
import { evolveRankingPublication, initialRankingPublicationState, type RankingPublicationState } from './ranking-publication.state';
import { decidePublishRanking, type PublishRanking } from '../publish-ranking/publish-ranking.decide';
import { decideCorrectRanking, type CorrectRanking } from '../correct-ranking/correct-ranking.decide';

export type RankingPublicationCommand = PublishRanking | CorrectRanking;

/** One cycle's official ranking versions: published once by decision, then corrected only by new decisions. */
export const rankingPublicationDecider: Decider<RankingPublicationCommand, RankingPublicationEvent, RankingPublicationState> = {
  decide(command, state) {
    switch (command.type) {
      case 'PublishRanking':
        return decidePublishRanking(command, state);
      case 'CorrectRanking':
        return decideCorrectRanking(command, state);
    }
  },
  evolve: evolveRankingPublication,
  initialState: initialRankingPublicationState,
};
