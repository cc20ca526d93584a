/**
 * Published, versioned contracts of the `frameworks` context (topic `par.frameworks.v1`).
 * Plain data, no Nest. Consumers depend on these, never on the service's internal events.
 */
export const FRAMEWORKS_TOPIC = 'par.frameworks.v1';

export type MeasurementMethod = 'appraised' | 'survey' | 'satisfaction' | 'indicator';

/** One scoring node (a sub-criterion, or a criterion that carries points itself). */
export interface ScoringItemV1 {
  code: string;
  name: string;
  componentCode: string;
  maxPoints: number;
  method: MeasurementMethod;
  /** Smallest score increment for manual scores (e.g. 0.25); absent means any value. */
  step?: number;
  departments: string[];
}

export interface FrameworkPublishedV1 {
  type: 'FrameworkPublished';
  version: 1;
  province: string;
  frameworkId: string;
  frameworkVersion: number;
  name: string;
  unitType: string;
  /** The full definition in the documented framework format (docs/framework-format.md), as JSON. */
  definition: unknown;
  components: { code: string; name: string; maxPoints: number }[];
  items: ScoringItemV1[];
  totalMaxPoints: number;
}

export interface UnitRegisteredV1 {
  type: 'UnitRegistered';
  version: 1;
  province: string;
  unitId: string;
  name: string;
  unitType: string;
  parentUnitId: string | null;
}

export interface CycleOpenedV1 {
  type: 'CycleOpened';
  version: 1;
  province: string;
  cycleId: string;
  name: string;
  year: number;
  unitType: string;
  frameworkId: string;
  frameworkVersion: number;
}

/** A decision (quyết định) cited by a framework version: number and ISO date. */
export interface DecisionV2 {
  number: string;
  date: string;
}

/**
 * v2 of `FrameworkPublished`: a superset of v1 (a v1 reader keeps working) adding the issuing decision, the
 * period the version applies to (ISO dates) and, for an amendment, the version it amends and the amending decision.
 */
export interface FrameworkPublishedV2 extends Omit<FrameworkPublishedV1, 'version'> {
  version: 2;
  decision: DecisionV2;
  validFrom: string;
  validTo: string;
  amends: { fromVersion: number; decision: DecisionV2 } | null;
}

/** v2 of `CycleOpened`: a superset of v1 adding the date the cycle's units are taken as of. */
export interface CycleOpenedV2 extends Omit<CycleOpenedV1, 'version'> {
  version: 2;
  referenceDate: string;
}

/** Phase codes: SELF_ASSESSMENT (tự đánh giá), APPRAISAL, EXPLANATION, FINAL_APPRAISAL, PUBLISHED. */
export type CyclePhaseV1 = 'SELF_ASSESSMENT' | 'APPRAISAL' | 'EXPLANATION' | 'FINAL_APPRAISAL' | 'PUBLISHED';

export interface CyclePhasesSetV1 {
  type: 'CyclePhasesSet';
  version: 1;
  province: string;
  cycleId: string;
  phases: { phase: CyclePhaseV1; startDate: string; deadline: string }[];
}

export interface CyclePhaseAdvancedV1 {
  type: 'CyclePhaseAdvanced';
  version: 1;
  province: string;
  cycleId: string;
  from: CyclePhaseV1 | null;
  to: CyclePhaseV1;
  at: string;
}

/** Every message on `par.frameworks.v1` (the name is historical: v2 messages are supersets of their v1). */
export type FrameworksEventV1 =
  FrameworkPublishedV1 | FrameworkPublishedV2 | UnitRegisteredV1 | CycleOpenedV1 | CycleOpenedV2 | CyclePhasesSetV1 | CyclePhaseAdvancedV1;

// ---- The unit registry (published on par.frameworks.v1 beside the events above) ----

export type UnitKindV1 = 'DEPARTMENT' | 'COMMUNE' | 'WARD' | 'SPECIAL_ZONE' | 'DISTRICT';
export interface UnitDecisionV1 {
  number: string;
  /** `YYYY-MM-DD`, when known. */
  date: string | null;
}

/**
 * A unit's registration with its official code, kind and validity (both ends inclusive, `YYYY-MM-DD`, null =
 * open). A superset of `UnitRegistered` v1: a consumer reading only the v1 fields keeps working. Registrations are
 * published as v2 from the unit registry on; v1 messages already stored are read as "no code, kind from unitType,
 * no dates".
 */
export interface UnitRegisteredV2 extends Omit<UnitRegisteredV1, 'version'> {
  version: 2;
  code: string | null;
  kind: UnitKindV1;
  validFrom: string | null;
  validTo: string | null;
}

/** Several units merged into one (registered before, valid from `effectiveDate`); the predecessors end the day before. */
export interface UnitsMergedV1 {
  type: 'UnitsMerged';
  version: 1;
  province: string;
  predecessorIds: string[];
  successorId: string;
  effectiveDate: string;
  decision: UnitDecisionV1;
}

/** One unit split into several (each with its share, 0–1, where known); the predecessor ends the day before. */
export interface UnitSplitV1 {
  type: 'UnitSplit';
  version: 1;
  province: string;
  predecessorId: string;
  successors: { unitId: string; share: number | null }[];
  effectiveDate: string;
  decision: UnitDecisionV1;
}

/** The same body under a new name from `effectiveDate`. */
export interface UnitRenamedV1 {
  type: 'UnitRenamed';
  version: 1;
  province: string;
  unitId: string;
  previousName: string;
  name: string;
  effectiveDate: string;
  decision: UnitDecisionV1;
}

/** A unit that ceases to exist; it ends the day before `effectiveDate`. */
export interface UnitDissolvedV1 {
  type: 'UnitDissolved';
  version: 1;
  province: string;
  unitId: string;
  effectiveDate: string;
  decision: UnitDecisionV1;
}

export type UnitLineageEventV1 = UnitsMergedV1 | UnitSplitV1 | UnitRenamedV1 | UnitDissolvedV1;
export type UnitRegistryEventV1 = UnitRegisteredV2 | UnitLineageEventV1;
export * from './frameworks.schemas';
