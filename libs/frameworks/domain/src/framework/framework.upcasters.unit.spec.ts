import { describe, expect, it } from '@jest/globals';
import { upcastFrameworkVersionPublishedV1 } from './framework.upcasters';

describe('FrameworkVersionPublished v1 → v2', () => {
  it('takes the decision and the period from the definition it carried', () => {
    const v1 = {
      frameworkId: 'f',
      frameworkVersion: 1,
      definition: { decision: { number: '01/QĐ-DEMO', date: '2025-01-15' }, period: { from: 2025, to: 2025 } },
    };
    expect(upcastFrameworkVersionPublishedV1(v1)).toMatchObject({
      decision: { number: '01/QĐ-DEMO', date: '2025-01-15' },
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      amends: null,
    });
  });
  it('uses the first day of the period when the decision has no date', () => {
    const v1 = { frameworkId: 'f', frameworkVersion: 1, definition: { decision: { number: '1' }, period: { from: 2023, to: 2025 } } };
    expect(upcastFrameworkVersionPublishedV1(v1).decision).toEqual({ number: '1', date: '2023-01-01' });
  });
});
