import { periodBound } from '../calendar/calendar';
import type { FrameworkVersionPublished } from './framework.events';

interface DefinitionHead {
  decision?: { number?: string; date?: string };
  period?: { from?: number; to?: number };
}

/**
 * `FrameworkVersionPublished` v1 (recorded before the lifecycle) → v2: the decision and the period come from the
 * definition it carried (`decision`, `period` of docs/framework-format.md); a missing decision date is the period's
 * first day. Whether it amended a version is not known: `amends` is null.
 */
export function upcastFrameworkVersionPublishedV1(data: unknown): FrameworkVersionPublished['data'] {
  const d = data as Omit<FrameworkVersionPublished['data'], 'decision' | 'validFrom' | 'validTo' | 'amends'>;
  const head = (d.definition ?? {}) as DefinitionHead;
  const validFrom = periodBound(head.period?.from ?? '', 'start') ?? '';
  const validTo = periodBound(head.period?.to ?? '', 'end') ?? '';
  return {
    ...d,
    decision: { number: head.decision?.number ?? '', date: head.decision?.date ?? validFrom },
    validFrom,
    validTo,
    amends: null,
  };
}

/** The upcasters of the framework stream's events (`eventStore.upcasters` of the frameworks service). */
export const frameworkUpcasters = [
  { type: 'FrameworkVersionPublished', fromVersion: 1, upcast: upcastFrameworkVersionPublishedV1 },
] as const;
