import type { ScoringItemV1 } from '@par/frameworks-contracts';

/** An issuing or amending decision (quyết định): number and ISO date, both required. */
export interface DecisionRef {
  number: string;
  date: string;
}

/** A framework's content as validated by `@par/scoring` (the definition and what other contexts score against). */
export interface FrameworkContent {
  frameworkId: string;
  name: string;
  unitType: string;
  definition: unknown;
  components: { code: string; name: string; maxPoints: number }[];
  items: ScoringItemV1[];
  totalMaxPoints: number;
}

/** A draft was created or edited. `basedOnVersion`/`amendingDecision` are set when it amends a version. */
export interface FrameworkDraftSaved {
  type: 'FrameworkDraftSaved';
  data: FrameworkContent & { basedOnVersion: number | null; amendingDecision: DecisionRef | null };
}

export interface FrameworkDraftDiscarded {
  type: 'FrameworkDraftDiscarded';
  data: { frameworkId: string };
}

/** Schema version of `FrameworkVersionPublished` appended today (1: before decision and period were recorded). */
export const FRAMEWORK_VERSION_PUBLISHED_SCHEMA = 2;

/** The draft became version N: immutable from now on. */
export interface FrameworkVersionPublished {
  type: 'FrameworkVersionPublished';
  data: FrameworkContent & {
    frameworkVersion: number;
    decision: DecisionRef;
    /** ISO dates; a year given as `2023` is `2023-01-01` (from) or `2023-12-31` (to). */
    validFrom: string;
    validTo: string;
    /** The version this one amends, with the amending decision; null for the first version. */
    amends: { fromVersion: number; decision: DecisionRef } | null;
  };
}

export type FrameworkEvent = FrameworkDraftSaved | FrameworkDraftDiscarded | FrameworkVersionPublished;
