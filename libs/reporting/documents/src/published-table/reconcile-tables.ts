import { reconcileReport, type Framework, type NodeMethod, type ReconciliationResult } from '@par/scoring';
import { publishedTableSections, type TableProblem, type TableSheet } from './published-table';

export interface TableReconciliation extends ReconciliationResult {
  /** Columns or sheets that could not be read as a published table (then nothing of that sheet is checked). */
  problems: TableProblem[];
  sections: { id: string; kind: string; rows: number }[];
}

/**
 * Every contradiction of hand-typed published tables against a framework: totals that do not add up, header maxima
 * that differ from the framework, ranks out of order, classes that do not match the bands, percentages against
 * points — the scoring engine's `reconcileReport` over the sections read from the sheets.
 */
export function reconcileTables(
  sheets: readonly TableSheet[],
  fw: Framework,
  opts: { method?: NodeMethod | 'total' } = {},
): TableReconciliation {
  const read = sheets.map((s) => publishedTableSections(s, fw, opts));
  const sections = read.flatMap((r) => r.sections);
  const problems = read.flatMap((r) => r.problems);
  const result = reconcileReport({ sections }, [fw]);
  return {
    ...result,
    ok: result.ok && problems.length === 0 && sections.length > 0,
    problems,
    sections: sections.map((s) => ({ id: s.id, kind: s.kind, rows: 'rows' in s ? s.rows.length : 0 })),
  };
}
