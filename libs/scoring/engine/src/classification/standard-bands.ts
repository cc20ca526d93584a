import type { ClassBand } from '../framework/framework.types';

/**
 * The five classes most provincial frameworks use (Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu),
 * highest first. Bands are per framework: this is a convenience for generated and sample frameworks only.
 */
export const FIVE_CLASS_BANDS: readonly ClassBand[] = [
  { class: 'excellent', label: 'Xuất sắc', min: 90 },
  { class: 'good', label: 'Tốt', min: 80 },
  { class: 'fair', label: 'Khá', min: 70 },
  { class: 'average', label: 'Trung bình', min: 50 },
  { class: 'weak', label: 'Yếu' },
];
