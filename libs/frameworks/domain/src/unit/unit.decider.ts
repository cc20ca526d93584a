import type { Decider } from '@par/kernel';
import { checkCodesUnique } from './unit.checks';
import { decideDissolve, decideMerge, decideRegister, decideRename, decideSplit } from './unit.decide';
import { evolveUnits } from './unit.evolve';
import type { UnitChange, UnitCommand, UnitEvent, UnitState } from './unit.types';

/** The province's unit registry, one stream: `unit-registry:<province>`. */
export const unitRegistryStreamId = (province: string) => `unit-registry:${province}`;
/**
 * Before the registry, each unit had its own stream `unit:<province>:<unitId>` (one `UnitRegistered`). Those
 * streams are read (never written) and folded in front of the registry stream (see the register-unit handler).
 */
export const unitStreamId = (province: string, unitId: string) => `unit:${province}:${unitId}`;
export const LEGACY_UNIT_STREAM_PREFIX = (province: string) => `unit:${province}:`;

function decideChange(change: UnitChange, state: UnitState): UnitEvent[] {
  switch (change.type) {
    case 'RegisterUnit':
      return decideRegister(change, state);
    case 'MergeUnits':
      return decideMerge(change, state);
    case 'SplitUnit':
      return decideSplit(change, state);
    case 'RenameUnit':
      return decideRename(change, state);
    case 'DissolveUnit':
      return decideDissolve(change, state);
  }
}

/** The units an event (re)defines the validity of, for the duplicate-code check. */
const touched = (e: UnitEvent): string[] =>
  e.type === 'UnitRegistered' ? [e.data.unitId] : e.type === 'UnitsMerged' ? [e.data.successorId, ...e.data.predecessorIds] : [];

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => ({ units: {}, lineage: [] }),
  evolve: evolveUnits,
  decide(command, state) {
    const changes = command.type === 'ApplyUnitChanges' ? command.changes : [command];
    const events: UnitEvent[] = [];
    let s = state;
    for (const change of changes) {
      for (const e of decideChange(change, s)) {
        events.push(e);
        s = evolveUnits(s, e);
      }
    }
    // Codes are checked on the registry after every change: a successor may take a predecessor's code from the
    // day the predecessor ends, which is only known once the merger is applied.
    checkCodesUnique(s, events.flatMap(touched));
    return events;
  },
};
