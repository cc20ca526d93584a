import type { Framework, ScoringRule } from '../framework.types';
import { isClassified } from '../../classification/rank-and-classify';
import { arr, problem, type FrameworkCheck } from './framework-check';

/** A construct of format version 2 found in a file that declares version 1, with its path. */
export interface Version2Construct {
  path: string;
  /** Vietnamese name of the construct. */
  what: string;
}

const MEASURE_VI = { ratio: 'tỷ lệ', growth: 'tốc độ tăng trưởng' } as const;

function computedBands(found: Version2Construct[], rule: ScoringRule | undefined, path: string): void {
  if (rule?.type === 'bands' && (rule.on === 'ratio' || rule.on === 'growth'))
    found.push({ path: `${path}/on`, what: `mức điểm theo ${MEASURE_VI[rule.on]} (on: ${rule.on})` });
}

/** The constructs a version 1 reader does not know: a missing classification, remainders, ratio/growth bands. */
export function version2Constructs(fw: Framework): Version2Construct[] {
  const found: Version2Construct[] = [];
  if (!isClassified(fw)) found.push({ path: '', what: 'bộ tiêu chí không xếp loại (không có classification)' });
  arr(fw.components).forEach((c, ci) => {
    arr(c.criteria).forEach((cr, ri) => {
      const rp = `/components/${ci}/criteria/${ri}`;
      computedBands(found, cr.rule, `${rp}/rule`);
      arr(cr.subCriteria).forEach((s, si) => computedBands(found, s.rule, `${rp}/subCriteria/${si}/rule`));
      if (!cr.remainder) return;
      found.push({ path: `${rp}/remainder`, what: 'phần còn lại của tiêu chí (remainder)' });
      computedBands(found, cr.remainder.rule, `${rp}/remainder/rule`);
    });
    arr(c.aggregates).forEach((ag, ai) => computedBands(found, ag.rule, `/components/${ci}/aggregates/${ai}/rule`));
  });
  return found;
}

/** A file that declares `schemaVersion: 1` may not use the constructs of version 2. */
export function checkSchemaVersion(check: FrameworkCheck): void {
  if (check.fw.schemaVersion !== 1) return;
  for (const c of version2Constructs(check.fw))
    check.problems.push(
      problem(
        c.path || '/schemaVersion',
        'NEEDS_SCHEMA_VERSION_2',
        `Cấu trúc "${c.what}" chỉ có từ định dạng phiên bản 2: hãy đặt schemaVersion: 2 (hoặc chạy "par framework upgrade").`,
        'This construct needs schemaVersion 2',
      ),
    );
}
