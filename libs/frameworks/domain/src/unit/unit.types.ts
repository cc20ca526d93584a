/**
 * The unit registry of a province: administrative units with official codes, validity dates and lineage
 * (merged, split, renamed, dissolved). All of a province's units live in one stream, so a decision sees the
 * whole registry (parents, duplicate codes, lineage) and an import appends all its events at once.
 */

/** Kinds of unit (2025 two-level local government; DISTRICT kept for the history before 2025-07-01). */
export const UNIT_KINDS = ['DEPARTMENT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'DISTRICT'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Vietnamese names of the kinds (import column "Loại", messages). */
export const UNIT_KIND_VI: Record<UnitKind, string> = {
  DEPARTMENT: 'Sở, ban, ngành',
  COMMUNE: 'Xã',
  WARD: 'Phường',
  SPECIAL_ZONE: 'Đặc khu',
  DISTRICT: 'Huyện',
};

/**
 * The assessment level of a kind: the `unitType` frameworks and cycles name (`commune` covers communes, wards and
 * special zones: they are assessed with the commune-level framework).
 */
export const LEVEL_OF_KIND: Record<UnitKind, string> = {
  DEPARTMENT: 'department',
  COMMUNE: 'commune',
  WARD: 'commune',
  SPECIAL_ZONE: 'commune',
  DISTRICT: 'district',
};

/** The decision (quyết định / nghị quyết) that ordered a change. */
export interface UnitDecision {
  number: string;
  /** `YYYY-MM-DD`, when known. */
  date: string | null;
}

export interface UnitRegistered {
  type: 'UnitRegistered';
  data: {
    unitId: string;
    name: string;
    /** The assessment level (`department`, `commune`, `district`), as frameworks and cycles name it. */
    unitType: string;
    parentUnitId: string | null;
    /** Absent on events stored before the registry had codes and dates (read as null, the kind from unitType). */
    code?: string | null;
    kind?: UnitKind;
    validFrom?: string | null;
    validTo?: string | null;
  };
}
export interface UnitsMerged {
  type: 'UnitsMerged';
  data: { predecessorIds: string[]; successorId: string; effectiveDate: string; decision: UnitDecision };
}
export interface UnitSplit {
  type: 'UnitSplit';
  data: {
    predecessorId: string;
    /** `share`: the part of the predecessor (0–1, e.g. of its population or area) where known. */
    successors: { unitId: string; share: number | null }[];
    effectiveDate: string;
    decision: UnitDecision;
  };
}
export interface UnitRenamed {
  type: 'UnitRenamed';
  data: { unitId: string; previousName: string; name: string; effectiveDate: string; decision: UnitDecision };
}
export interface UnitDissolved {
  type: 'UnitDissolved';
  data: { unitId: string; effectiveDate: string; decision: UnitDecision };
}
export type UnitEvent = UnitRegistered | UnitsMerged | UnitSplit | UnitRenamed | UnitDissolved;

export interface RegisterUnit {
  type: 'RegisterUnit';
  data: {
    unitId: string;
    name: string;
    /** Either the kind or (older callers) the level; the other is derived. */
    kind?: UnitKind | null;
    unitType?: string | null;
    parentUnitId: string | null;
    code?: string | null;
    validFrom?: string | null;
    validTo?: string | null;
  };
}
export interface MergeUnits {
  type: 'MergeUnits';
  data: UnitsMerged['data'];
}
export interface SplitUnit {
  type: 'SplitUnit';
  data: UnitSplit['data'];
}
export interface RenameUnit {
  type: 'RenameUnit';
  data: Omit<UnitRenamed['data'], 'previousName'>;
}
export interface DissolveUnit {
  type: 'DissolveUnit';
  data: UnitDissolved['data'];
}
export type UnitChange = RegisterUnit | MergeUnits | SplitUnit | RenameUnit | DissolveUnit;
/** Several changes decided together: all their events or none (an import). */
export interface ApplyUnitChanges {
  type: 'ApplyUnitChanges';
  changes: UnitChange[];
}
export type UnitCommand = UnitChange | ApplyUnitChanges;

/** One unit as the registry knows it; `validTo` includes the end set by lineage (merged, split, dissolved). */
export interface RegistryUnit {
  readonly unitId: string;
  readonly code: string | null;
  readonly kind: UnitKind;
  readonly unitType: string;
  readonly parentUnitId: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Names in force, oldest first (`from` null = since the unit's start). */
  readonly names: readonly { from: string | null; name: string }[];
}

/** A lineage event as recorded (the registry's history of mergers, splits, renamings, dissolutions). */
export type LineageRecord = Exclude<UnitEvent, UnitRegistered>;

export interface UnitState {
  readonly units: Readonly<Record<string, RegistryUnit>>;
  readonly lineage: readonly LineageRecord[];
}
