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
