import { contractMessage, type StoredEvent } from '@par/event-store';
import { FRAMEWORKS_TOPIC, type FrameworksEventV1, type UnitRegistryEventV1 } from '@par/frameworks-contracts';
import { kindOfLevel, type FrameworksEvent } from '@par/frameworks-domain';
import type { OutgoingMessage } from '@par/messaging';

/** Internal event → published contract on `par.frameworks.v1` (drafts are internal: not published; unit registrations as `UnitRegistered` v2). */
export function toFrameworksContract(e: StoredEvent): OutgoingMessage | null {
  const ev = { type: e.type, data: e.data } as FrameworksEvent;
  let value: FrameworksEventV1 | UnitRegistryEventV1;
  switch (ev.type) {
    case 'FrameworkVersionPublished': {
      // field by field: the stored event may carry draft bookkeeping (`amendingDecision`) that is not published
      const d = ev.data;
      value = {
        type: 'FrameworkPublished',
        version: 2,
        province: e.province,
        frameworkId: d.frameworkId,
        frameworkVersion: d.frameworkVersion,
        name: d.name,
        unitType: d.unitType,
        definition: d.definition,
        components: d.components,
        items: d.items,
        totalMaxPoints: d.totalMaxPoints,
        decision: d.decision,
        validFrom: d.validFrom,
        validTo: d.validTo,
        amends: d.amends,
      };
      break;
    }
    case 'UnitRegistered':
      value = {
        type: 'UnitRegistered',
        version: 2,
        province: e.province,
        ...ev.data,
        code: ev.data.code ?? null,
        kind: ev.data.kind ?? kindOfLevel(ev.data.unitType) ?? 'COMMUNE',
        validFrom: ev.data.validFrom ?? null,
        validTo: ev.data.validTo ?? null,
      };
      break;
    case 'UnitsMerged':
    case 'UnitSplit':
    case 'UnitRenamed':
    case 'UnitDissolved':
      value = { type: ev.type, version: 1, province: e.province, ...ev.data } as UnitRegistryEventV1;
      break;
    case 'CycleOpened':
      value = { type: 'CycleOpened', version: 2, province: e.province, ...ev.data };
      break;
    case 'CyclePhasesSet':
      value = { type: 'CyclePhasesSet', version: 1, province: e.province, ...ev.data };
      break;
    case 'CyclePhaseAdvanced':
      value = { type: 'CyclePhaseAdvanced', version: 1, province: e.province, ...ev.data };
      break;
    default:
      return null;
  }
  return contractMessage(FRAMEWORKS_TOPIC, e, value);
}
