import type { Decider } from '@par/kernel';
import type { ScoringItemV1 } from '@par/frameworks-contracts';
import { checkReferenceId } from '../reference-id';

/** One stream per framework (all its versions): `framework:<province>:<frameworkId>`. */
export const frameworkStreamId = (province: string, frameworkId: string) => `framework:${province}:${frameworkId}`;

export interface FrameworkVersionPublished {
  type: 'FrameworkVersionPublished';
  data: {
    frameworkId: string;
    frameworkVersion: number;
    name: string;
    unitType: string;
    definition: unknown;
    components: { code: string; name: string; maxPoints: number }[];
    items: ScoringItemV1[];
    totalMaxPoints: number;
  };
}
export type FrameworkEvent = FrameworkVersionPublished;

/** Publish a (new version of a) framework; the version number is the decider's, not the caller's. */
export interface PublishFrameworkVersion {
  type: 'PublishFrameworkVersion';
  data: Omit<FrameworkVersionPublished['data'], 'frameworkVersion'>;
}
export type FrameworkCommand = PublishFrameworkVersion;

export interface FrameworkState {
  /** 0 before the first version. */
  readonly latestFrameworkVersion: number;
  /** The latest version's definition, serialized: publishing the same definition again is a no-op. */
  readonly latestDefinitionJson: string | null;
}

export const frameworkDecider: Decider<FrameworkCommand, FrameworkEvent, FrameworkState> = {
  initialState: () => ({ latestFrameworkVersion: 0, latestDefinitionJson: null }),
  evolve: (_state, event) => ({
    latestFrameworkVersion: event.data.frameworkVersion,
    latestDefinitionJson: JSON.stringify(event.data.definition),
  }),
  decide(command, state) {
    checkReferenceId('Framework', command.data.frameworkId);
    if (state.latestDefinitionJson === JSON.stringify(command.data.definition)) return [];
    return [{ type: 'FrameworkVersionPublished', data: { ...command.data, frameworkVersion: state.latestFrameworkVersion + 1 } }];
  },
};
