import { deciderSpec } from '@par/kernel/testing';
import { frameworkDecider, type FrameworkCommand, type FrameworkContent, type FrameworkEvent } from './framework.decider';

const given = deciderSpec(frameworkDecider);
const definition = { id: 'f', period: { from: 2023, to: 2025 }, components: [] };
const content = (def: unknown = definition, frameworkId = 'f'): FrameworkContent => ({
  frameworkId,
  name: 'Bộ tiêu chí cấp huyện',
  unitType: 'district',
  definition: def,
  components: [],
  items: [],
  totalMaxPoints: 10,
});
const issuing = { number: '1416/QĐ-UBND', date: '2023-05-07' };
const amending = { number: '1778/QĐ-UBND', date: '2023-09-29' };
const save = (def: unknown = definition, frameworkId = 'f'): FrameworkCommand => ({
  type: 'SaveFrameworkDraft',
  data: content(def, frameworkId),
});
const publish = (extra: Record<string, unknown> = {}): FrameworkCommand => ({
  type: 'PublishFrameworkVersion',
  data: { frameworkId: 'f', decision: issuing, ...extra },
});
const drafted = (
  def: unknown = definition,
  basedOnVersion: number | null = null,
  amendingDecision = basedOnVersion ? amending : null,
): FrameworkEvent => ({
  type: 'FrameworkDraftSaved',
  data: { ...content(def), basedOnVersion, amendingDecision },
});
const published = (frameworkVersion: number, def: unknown = definition, extra: Record<string, unknown> = {}): FrameworkEvent => ({
  type: 'FrameworkVersionPublished',
  data: {
    ...content(def),
    frameworkVersion,
    decision: issuing,
    validFrom: '2023-01-01',
    validTo: '2025-12-31',
    amends: frameworkVersion > 1 ? { fromVersion: frameworkVersion - 1, decision: amending } : null,
    ...extra,
  },
});
const amended = { ...definition, amended: true };

describe('framework decider: draft → edit → publish → amend', () => {
  it('creates a draft, then edits it', () => {
    given([]).when(save()).then([drafted()]);
    given([drafted()])
      .when(save(amended))
      .then([drafted(amended)]);
  });
  it('records nothing when the draft is saved unchanged', () => given([drafted()]).when(save()).then([]));
  it('publishes the draft as version 1 with the decision and the period of the definition', () =>
    given([drafted()])
      .when(publish())
      .then([published(1)]));
  it('takes the period from years or dates given at publication', () =>
    given([drafted()])
      .when(publish({ validFrom: '2023-05-07', validTo: 2024 }))
      .then([published(1, definition, { validFrom: '2023-05-07', validTo: '2024-12-31' })]));
  it('requires the decision number and a real date', () => {
    given([drafted()])
      .when(publish({ decision: { number: '', date: '2023-05-07' } }))
      .thenThrows({ code: 'FRAMEWORK_DECISION_REQUIRED' });
    given([drafted()])
      .when(publish({ decision: { number: '1416/QĐ-UBND', date: '2023-02-30' } }))
      .thenThrows({ code: 'FRAMEWORK_DECISION_REQUIRED' });
  });
  it('refuses a period that ends before it starts', () =>
    given([drafted()])
      .when(publish({ validFrom: 2025, validTo: 2023 }))
      .thenThrows({ code: 'FRAMEWORK_PERIOD_INVALID' }));
  it('refuses to publish without a draft', () => given([]).when(publish()).thenThrows({ code: 'FRAMEWORK_NO_DRAFT' }));
  it('refuses to change a published version', () =>
    given([drafted(), published(1)])
      .when(save(amended))
      .thenThrows({ code: 'FRAMEWORK_VERSION_PUBLISHED', messageVi: expect.stringContaining('đã ban hành') }));
  it('amends the latest version into a draft citing the amending decision; publishing it is version 2', () => {
    given([drafted(), published(1)])
      .when({ type: 'AmendFramework', data: { frameworkId: 'f', fromVersion: 1, decision: amending } })
      .then([drafted(definition, 1)]);
    given([drafted(), published(1), drafted(definition, 1)])
      .when(save(amended))
      .then([drafted(amended, 1)]);
    given([drafted(), published(1), drafted(amended, 1)])
      .when(publish())
      .then([published(2, amended)]);
  });
  it('amends only the latest version, only once at a time, and only with a decision', () => {
    const history = [drafted(), published(1), drafted(amended, 1), published(2, amended)];
    given(history)
      .when({ type: 'AmendFramework', data: { frameworkId: 'f', fromVersion: 1, decision: amending } })
      .thenThrows({ code: 'FRAMEWORK_VERSION_NOT_LATEST' });
    given(history)
      .when({ type: 'AmendFramework', data: { frameworkId: 'f', fromVersion: 7, decision: amending } })
      .thenThrows({ code: 'UNKNOWN_FRAMEWORK_VERSION' });
    given([...history, drafted(amended, 2)])
      .when({ type: 'AmendFramework', data: { frameworkId: 'f', fromVersion: 2, decision: amending } })
      .thenThrows({ code: 'FRAMEWORK_DRAFT_EXISTS' });
    given(history)
      .when({ type: 'AmendFramework', data: { frameworkId: 'f', fromVersion: 2, decision: { number: 'x', date: '' } } })
      .thenThrows({ code: 'FRAMEWORK_DECISION_REQUIRED' });
  });
  it('discards the draft; the published versions stay', () => {
    given([drafted(), published(1), drafted(amended, 1)])
      .when({ type: 'DiscardFrameworkDraft', data: { frameworkId: 'f' } })
      .then([{ type: 'FrameworkDraftDiscarded', data: { frameworkId: 'f' } }]);
    given([drafted(), published(1)])
      .when({ type: 'DiscardFrameworkDraft', data: { frameworkId: 'f' } })
      .thenThrows({ code: 'FRAMEWORK_NO_DRAFT' });
  });
  it('rejects an invalid framework id', () => given([]).when(save(definition, 'bad id!')).thenThrows({ code: 'INVALID_ID' }));
});

describe('framework decider: publish a definition in one go (publishFramework)', () => {
  const oneGo = (def: unknown = definition, decision = issuing): FrameworkCommand => ({
    type: 'PublishFrameworkDefinition',
    data: { ...content(def), decision },
  });
  it('drafts and publishes version 1', () =>
    given([])
      .when(oneGo())
      .then([drafted(), published(1)]));
  it('records nothing when the latest definition is published again', () =>
    given([drafted(), published(1)])
      .when(oneGo())
      .then([]));
  it('numbers a changed definition as the next version, amending the previous one', () =>
    given([drafted(), published(1)])
      .when(oneGo(amended, amending))
      .then([drafted(amended, 1), published(2, amended, { decision: amending })]));
  it('does not overwrite an open draft', () =>
    given([drafted(), published(1), drafted(amended, 1)])
      .when(oneGo({ other: 1 }))
      .thenThrows({ code: 'FRAMEWORK_DRAFT_EXISTS' }));
});
