import { formatVi, toScaled } from '../../numbers/decimal';
import type { Framework, NodeMethod, Problem } from '../framework.types';

/** One problem of a framework document, at a JSON pointer. */
export function problem(path: string, code: string, message: string, detail: string): Problem {
  return { path, code, message, detail };
}

/** A number as the framework messages print it (decimal comma, float noise dropped). */
export const fmt = (n: number) => formatVi(n, 6, false);

/** An array field that may be missing or malformed (the schema reports that; the semantic checks go on). */
export function arr<T>(x: T[] | undefined): T[] {
  return Array.isArray(x) ? x : [];
}

export const COUNT_VI = { criteria: 'tiêu chí', subCriteria: 'tiêu chí thành phần', surveySubCriteria: 'tiêu chí thành phần điều tra XHH' };

export type StructureCount = { criteria: number; subCriteria: number; surveySubCriteria: number };

/** What the semantic checks of one framework share: the problems found, its precision, the codes seen so far. */
export interface FrameworkCheck {
  fw: Framework;
  problems: Problem[];
  decimals: number;
  departmentCodes: Set<string>;
  /** Each code with the path where it was first used. */
  seenCodes: Map<string, string>;
  /** Max per method summed over the whole framework. */
  maxByMethod: Partial<Record<NodeMethod, number>>;
}

export function frameworkCheck(fw: Framework, problems: Problem[]): FrameworkCheck {
  return { fw, problems, decimals: fw.rounding?.decimals ?? 3, departmentCodes: new Set(), seenCodes: new Map(), maxByMethod: {} };
}

/** Equal at three decimals beyond the framework's precision (sums of maxima). */
export function same(check: FrameworkCheck, a: number, b: number): boolean {
  return toScaled(a, check.decimals + 3) === toScaled(b, check.decimals + 3);
}

export function sumMismatch(check: FrameworkCheck, path: string, what: string, declared: number, sum: number, parts: string): void {
  check.problems.push(
    problem(
      path,
      'MAX_SUM_MISMATCH',
      `${what}: điểm tối đa khai báo ${fmt(declared)} nhưng tổng ${parts} là ${fmt(sum)}.`,
      `${what}: declared max ${declared} but ${parts} sum to ${sum}`,
    ),
  );
}
