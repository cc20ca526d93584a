import { describe, expect, it } from '@jest/globals';
import { diffFrameworks } from './framework-diff';

const v1 = {
  id: 'f',
  name: 'Bộ tiêu chí',
  totalMax: 10,
  classification: { bands: [{ class: 'good', label: 'Tốt', min: 80 }] },
  components: [
    {
      code: '1',
      name: 'Chỉ đạo',
      max: 10,
      criteria: [
        {
          code: '1.1',
          name: 'Kế hoạch',
          max: 10,
          subCriteria: [
            { code: '1.1.1', name: 'Ban hành', max: 4 },
            { code: '1.1.2', name: 'Thực hiện', max: 6 },
          ],
        },
      ],
    },
  ],
};

describe('diffFrameworks (pure)', () => {
  it('is empty for the same definition', () => expect(diffFrameworks(v1, structuredClone(v1))).toEqual([]));
  it('lists added, removed and changed nodes with each field old → new', () => {
    const v2 = structuredClone(v1);
    v2.totalMax = 12;
    v2.components[0]!.max = 12;
    v2.components[0]!.criteria[0]!.max = 12;
    v2.components[0]!.criteria[0]!.subCriteria = [
      { code: '1.1.1', name: 'Ban hành', max: 5 },
      { code: '1.1.3', name: 'Báo cáo', max: 7 },
    ];
    v2.classification.bands[0]!.min = 85;
    const changes = diffFrameworks(v1, v2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'framework', code: 'f', change: 'changed', name: 'Bộ tiêu chí', fields: [{ field: 'totalMax', from: 10, to: 12 }] },
        { kind: 'band', code: 'good', change: 'changed', name: 'Tốt', fields: [{ field: 'min', from: 80, to: 85 }] },
        { kind: 'sub-criterion', code: '1.1.1', change: 'changed', name: 'Ban hành', fields: [{ field: 'max', from: 4, to: 5 }] },
        { kind: 'sub-criterion', code: '1.1.2', change: 'removed', name: 'Thực hiện', fields: [] },
        { kind: 'sub-criterion', code: '1.1.3', change: 'added', name: 'Báo cáo', fields: [] },
      ]),
    );
    expect(changes).toHaveLength(7);
  });
});
