import { deciderSpec } from '@par/kernel/testing';
import { frameworkDecider, type FrameworkEvent, type PublishFrameworkVersion } from './framework.decider';

const given = deciderSpec(frameworkDecider);
const definition = { id: 'f', components: [] };
const publish = (def: unknown, frameworkId = 'f'): PublishFrameworkVersion => ({
  type: 'PublishFrameworkVersion',
  data: {
    frameworkId,
    name: 'Bộ tiêu chí cấp huyện',
    unitType: 'district',
    definition: def,
    components: [],
    items: [],
    totalMaxPoints: 10,
  },
});
const published = (frameworkVersion: number, def: unknown = definition): FrameworkEvent => ({
  type: 'FrameworkVersionPublished',
  data: { ...publish(def).data, frameworkVersion },
});

describe('framework decider', () => {
  it('publishes the first version as version 1', () =>
    given([])
      .when(publish(definition))
      .then([published(1)]));
  it('numbers an amended definition as the next version', () =>
    given([published(1)])
      .when(publish({ ...definition, amended: true }))
      .then([published(2, { ...definition, amended: true })]));
  it('records nothing when the latest definition is published again', () =>
    given([published(1), published(2, { amended: true })])
      .when(publish({ amended: true }))
      .then([]));
  it('publishes an older definition again as a new version (only the latest counts as unchanged)', () =>
    given([published(1), published(2, { amended: true })])
      .when(publish(definition))
      .then([published(3)]));
  it('rejects an invalid framework id', () => given([]).when(publish(definition, 'bad id!')).thenThrows({ code: 'INVALID_ID' }));
});
