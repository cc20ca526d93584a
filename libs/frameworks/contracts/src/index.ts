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

export type FrameworksEventV1 = FrameworkPublishedV1 | UnitRegisteredV1 | CycleOpenedV1;
