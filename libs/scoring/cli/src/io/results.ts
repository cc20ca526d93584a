import { ValidationError } from '@par/kernel';
import type { UnitResults } from '@par/scoring';

/** Results read from a file, and what the reader noticed without refusing the file. */
export interface LoadedResults {
  units: UnitResults[];
  warnings: string[];
}

/** A results file without a single unit: nothing to score is a finding, not a success (exit 1). */
export function emptyResults(file: string): ValidationError {
  return new ValidationError({
    code: 'RESULTS_EMPTY',
    messageVi: `Tệp kết quả "${file}" không có dữ liệu: chỉ có dòng tiêu đề hoặc trống, không có đơn vị nào để tính điểm.`,
    detail: `${file}: no data rows`,
  });
}
