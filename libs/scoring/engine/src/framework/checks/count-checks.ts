import type { Component } from '../framework.types';
import { COUNT_VI, problem, type FrameworkCheck, type StructureCount } from './framework-check';

const KINDS = ['criteria', 'subCriteria', 'surveySubCriteria'] as const;

/** A component's declared counts against what its tree holds; returns what it contributes to the framework's counts. */
export function checkDeclaredComponentCounts(check: FrameworkCheck, c: Component, cp: string, counted: StructureCount): StructureCount {
  const dc = c.declaredCounts;
  if (!dc) return { ...counted };
  const contributed: StructureCount = { criteria: 0, subCriteria: 0, surveySubCriteria: 0 };
  for (const k of KINDS) {
    // A partial component cannot count its criteria (aggregates may straddle them): the declaration stands.
    if (k === 'criteria' && c.detail === 'partial') {
      contributed[k] += dc[k] ?? 0;
      continue;
    }
    if (dc[k] !== undefined && dc[k] !== counted[k])
      check.problems.push(
        problem(
          `${cp}/declaredCounts/${k}`,
          'COUNT_MISMATCH',
          `Lĩnh vực ${c.code}: khai báo ${dc[k]} ${COUNT_VI[k]} nhưng bộ tiêu chí có ${counted[k]}.`,
          `Component ${c.code}: declared ${k}=${dc[k]}, found ${counted[k]}`,
        ),
      );
    contributed[k] += dc[k] ?? counted[k];
  }
  return contributed;
}

/** The framework's declared counts against the sum over its components. */
export function checkDeclaredFrameworkCounts(check: FrameworkCheck, totals: StructureCount): void {
  const declared = check.fw.declaredCounts;
  if (!declared) return;
  for (const k of KINDS) {
    const v = declared[k];
    if (v !== undefined && v !== totals[k])
      check.problems.push(
        problem(
          `/declaredCounts/${k}`,
          'COUNT_MISMATCH',
          `Bộ tiêu chí khai báo ${v} ${COUNT_VI[k]} nhưng các lĩnh vực cộng lại ${totals[k]}.`,
          `Framework declares ${k}=${v}, components sum to ${totals[k]}`,
        ),
      );
  }
}
