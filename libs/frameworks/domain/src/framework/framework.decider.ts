import type { Decider } from '@par/kernel';
import { checkReferenceId } from '../reference-id';
import { validityPeriod } from '../calendar/calendar';
import type { DecisionRef, FrameworkContent, FrameworkEvent, FrameworkVersionPublished } from './framework.events';
import { evolveFramework, initialFrameworkState, type FrameworkDraft, type FrameworkState } from './framework.state';
import {
  checkDecision,
  draftExistsError,
  idMismatchError,
  noDraftError,
  notLatestError,
  unknownVersionError,
  versionPublishedError,
} from './framework.errors';

export * from './framework.events';
export * from './framework.state';

/** One stream per framework (its drafts and all its versions): `framework:<province>:<frameworkId>`. */
export const frameworkStreamId = (province: string, frameworkId: string) => `framework:${province}:${frameworkId}`;

/** A period bound as given: a year (`2023`) or an ISO date; absent means the definition's own `period`. */
type PeriodBound = string | number | undefined;

/** Create the first draft, or edit the open draft. A published version is never edited. */
export interface SaveFrameworkDraft {
  type: 'SaveFrameworkDraft';
  data: FrameworkContent;
}
/** A new draft from the latest version N citing the amending decision; publishing it creates N + 1. */
export interface AmendFramework {
  type: 'AmendFramework';
  data: { frameworkId: string; fromVersion: number; decision: DecisionRef; content?: FrameworkContent };
}
/** The draft becomes the next version; the issuing decision is required, the period defaults to the definition's. */
export interface PublishFrameworkVersion {
  type: 'PublishFrameworkVersion';
  data: { frameworkId: string; decision: DecisionRef; validFrom?: PeriodBound; validTo?: PeriodBound };
}
/** Draft and publish in one go (the `publishFramework` mutation); the same definition again is a no-op. */
export interface PublishFrameworkDefinition {
  type: 'PublishFrameworkDefinition';
  data: FrameworkContent & {
    decision: DecisionRef;
    /** Cited (and issuing) when a version exists already; default `decision`. */
    amendingDecision?: DecisionRef;
    validFrom?: PeriodBound;
    validTo?: PeriodBound;
  };
}
export interface DiscardFrameworkDraft {
  type: 'DiscardFrameworkDraft';
  data: { frameworkId: string };
}
export type FrameworkCommand =
  SaveFrameworkDraft | AmendFramework | PublishFrameworkVersion | PublishFrameworkDefinition | DiscardFrameworkDraft;

const definitionPeriod = (definition: unknown) => (definition as { period?: { from?: number; to?: number } } | null)?.period;

function publishDraft(
  frameworkId: string,
  draft: FrameworkDraft,
  state: FrameworkState,
  cmd: { decision: DecisionRef; validFrom?: PeriodBound; validTo?: PeriodBound },
): FrameworkVersionPublished {
  const decision = checkDecision(cmd.decision, 'issuing');
  const own = definitionPeriod(draft.content.definition);
  const period = validityPeriod(cmd.validFrom ?? own?.from ?? '', cmd.validTo ?? own?.to ?? '');
  const amends =
    draft.basedOnVersion !== null && draft.amendingDecision
      ? { fromVersion: draft.basedOnVersion, decision: draft.amendingDecision }
      : null;
  return {
    type: 'FrameworkVersionPublished',
    data: { ...draft.content, frameworkId, frameworkVersion: state.latestFrameworkVersion + 1, decision, ...period, amends },
  };
}

function saveDraft(content: FrameworkContent, state: FrameworkState): FrameworkEvent[] {
  if (!state.draft && state.latestFrameworkVersion > 0) throw versionPublishedError(content.frameworkId, state.latestFrameworkVersion);
  if (state.draft && JSON.stringify(state.draft.content) === JSON.stringify(content)) return [];
  const { basedOnVersion = null, amendingDecision = null } = state.draft ?? {};
  return [{ type: 'FrameworkDraftSaved', data: { ...content, basedOnVersion, amendingDecision } }];
}

function amend(data: AmendFramework['data'], state: FrameworkState): FrameworkEvent[] {
  const base = state.versions.find((v) => v.frameworkVersion === data.fromVersion);
  if (!base) throw unknownVersionError(data.frameworkId, data.fromVersion);
  if (data.fromVersion !== state.latestFrameworkVersion)
    throw notLatestError(data.frameworkId, data.fromVersion, state.latestFrameworkVersion);
  if (state.draft) throw draftExistsError(data.frameworkId);
  const amendingDecision = checkDecision(data.decision, 'amending');
  const content = data.content ?? base.content;
  return [{ type: 'FrameworkDraftSaved', data: { ...content, basedOnVersion: data.fromVersion, amendingDecision } }];
}

function publishDefinition(data: PublishFrameworkDefinition['data'], state: FrameworkState): FrameworkEvent[] {
  const { decision, validFrom, validTo, ...content } = data;
  if (!state.draft && state.latestDefinitionJson === JSON.stringify(content.definition)) return [];
  if (state.draft) throw draftExistsError(content.frameworkId);
  const latest = state.latestFrameworkVersion;
  const draft: FrameworkDraft = {
    content,
    basedOnVersion: latest || null,
    amendingDecision: latest ? checkDecision(decision, 'amending') : null,
  };
  const published = publishDraft(content.frameworkId, draft, state, { decision, validFrom, validTo });
  return [
    { type: 'FrameworkDraftSaved', data: { ...content, basedOnVersion: draft.basedOnVersion, amendingDecision: draft.amendingDecision } },
    published,
  ];
}

export function decideFramework(command: FrameworkCommand, state: FrameworkState): FrameworkEvent[] {
  const frameworkId = command.data.frameworkId;
  checkReferenceId('Framework', frameworkId);
  switch (command.type) {
    case 'SaveFrameworkDraft':
      return saveDraft(command.data, state);
    case 'AmendFramework':
      if (command.data.content && command.data.content.frameworkId !== frameworkId)
        throw idMismatchError(frameworkId, command.data.content.frameworkId);
      return amend(command.data, state);
    case 'PublishFrameworkVersion':
      if (!state.draft) throw noDraftError(frameworkId);
      return [publishDraft(frameworkId, state.draft, state, command.data)];
    case 'PublishFrameworkDefinition':
      return publishDefinition(command.data, state);
    case 'DiscardFrameworkDraft':
      if (!state.draft) throw noDraftError(frameworkId);
      return [{ type: 'FrameworkDraftDiscarded', data: { frameworkId } }];
  }
}

export const frameworkDecider: Decider<FrameworkCommand, FrameworkEvent, FrameworkState> = {
  initialState: initialFrameworkState,
  evolve: evolveFramework,
  decide: decideFramework,
};
