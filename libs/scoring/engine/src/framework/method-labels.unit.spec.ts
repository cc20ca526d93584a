import { MEASUREMENT_METHODS } from './framework.types';
import { METHOD_LABELS_VI, methodLabelVi } from './method-labels';

describe('method labels', () => {
  it('names every method, inline and as a heading', () => {
    expect(MEASUREMENT_METHODS.map((m) => methodLabelVi(m))).toEqual(['thẩm định', 'điều tra XHH', 'SIPAS', 'chỉ tiêu', 'tổng hợp']);
    expect(MEASUREMENT_METHODS.map((m) => methodLabelVi(m, 'heading'))).toEqual([
      'Thẩm định',
      'Điều tra XHH',
      'SIPAS',
      'Chỉ tiêu',
      'Tổng hợp',
    ]);
    expect(Object.keys(METHOD_LABELS_VI).sort()).toEqual([...MEASUREMENT_METHODS].sort());
  });
});
