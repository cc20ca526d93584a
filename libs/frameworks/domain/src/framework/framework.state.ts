import type { DecisionRef, FrameworkContent, FrameworkEvent, FrameworkVersionPublished } from './framework.events';

export type PublishedFrameworkVersion = Omit<FrameworkVersionPublished['data'], keyof FrameworkContent> & {
  content: FrameworkContent;
};

export interface FrameworkDraft {
  content: FrameworkContent;
  basedOnVersion: number | null;
  amendingDecision: DecisionRef | null;
}

export interface FrameworkState {
  /** 0 before the first version. */
  readonly latestFrameworkVersion: number;
  /** The latest version's definition, serialized: publishing the same definition again is a no-op. */
  readonly latestDefinitionJson: string | null;
  /** Every published version, oldest first (never changed once here). */
  readonly versions: readonly PublishedFrameworkVersion[];
  readonly draft: FrameworkDraft | null;
}

export const initialFrameworkState = (): FrameworkState => ({
  latestFrameworkVersion: 0,
  latestDefinitionJson: null,
  versions: [],
  draft: null,
});

const contentOf = (d: FrameworkContent): FrameworkContent => ({
  frameworkId: d.frameworkId,
  name: d.name,
  unitType: d.unitType,
  definition: d.definition,
  components: d.components,
  items: d.items,
  totalMaxPoints: d.totalMaxPoints,
});

export function evolveFramework(state: FrameworkState, event: FrameworkEvent): FrameworkState {
  switch (event.type) {
    case 'FrameworkDraftSaved': {
      const { basedOnVersion, amendingDecision } = event.data;
      return { ...state, draft: { content: contentOf(event.data), basedOnVersion, amendingDecision } };
    }
    case 'FrameworkDraftDiscarded':
      return { ...state, draft: null };
    case 'FrameworkVersionPublished': {
      const { frameworkVersion, decision, validFrom, validTo, amends } = event.data;
      const version: PublishedFrameworkVersion = { frameworkVersion, decision, validFrom, validTo, amends, content: contentOf(event.data) };
      return {
        latestFrameworkVersion: frameworkVersion,
        latestDefinitionJson: JSON.stringify(event.data.definition),
        versions: [...state.versions, version],
        draft: null,
      };
    }
  }
}
