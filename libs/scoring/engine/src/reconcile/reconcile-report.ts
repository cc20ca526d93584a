import type { Framework } from '../framework/framework.types';
import { parseFigure } from '../numbers/decimal';
import type { PublishedReport, ReconciliationResult, ReportSection } from './report.types';
import { checkComponentTable } from './component-table-check';
import { checkCrossTables } from './cross-table-check';
import { checkFrameworkSummary } from './framework-summary-check';
import { checkRankingTable } from './ranking-table-check';
import { bandOf, norm, type Reconciliation } from './reconciliation';
import { checkUnitDetail } from './unit-detail-check';

export { parseReport } from './parse-report';

/**
 * Lists every contradiction in a published result set against the frameworks it was computed with: parts that do
 * not sum, scores above max, lost points not itemised, ranks or classes that do not follow from the scores,
 * percentages that do not match the points, maxima or counts that differ from the framework, and figures that
 * disagree between tables. A figure printed with k decimals stands for ±0.5·10^-k when k is below the framework's
 * decimals, so rounding within the stated precision raises no alarm.
 */
export function reconcileReport(report: PublishedReport, frameworks: readonly Framework[]): ReconciliationResult {
  const fws = new Map(frameworks.map((f) => [f.id, f]));
  const r: Reconciliation = {
    frameworks: fws,
    contradictions: [],
    notes: [],
    unitFigures: new Map(),
    deferred: [],
    subordinateClasses: subordinateClasses(report, fws),
  };
  let checks = 0;
  for (const s of report.sections) {
    const fw = frameworkOf(r, s);
    if (fw) checks += checkSection(r, s, fw);
  }
  for (const d of r.deferred) checks += d();
  checks += checkCrossTables(r);
  return { ok: r.contradictions.length === 0, contradictions: r.contradictions, notes: r.notes, checks };
}

function checkSection(r: Reconciliation, s: ReportSection, fw: Framework): number {
  switch (s.kind) {
    case 'framework-summary':
      return checkFrameworkSummary(r, s, fw);
    case 'component-table':
      return checkComponentTable(r, s, fw);
    case 'ranking-table':
      return checkRankingTable(r, s, fw);
    case 'unit-detail':
      return checkUnitDetail(r, s, fw);
    default:
      return 0; // a kind parseReport would refuse
  }
}

function frameworkOf(r: Reconciliation, s: { framework: string; id: string }): Framework | undefined {
  const fw = r.frameworks.get(s.framework);
  if (!fw)
    r.contradictions.push({
      code: 'UNKNOWN_FRAMEWORK',
      place: s.id,
      actual: s.framework,
      message: `Không có bộ tiêu chí "${s.framework}" để đối chiếu mục ${s.id}.`,
      detail: `Framework ${s.framework} not supplied`,
    });
  return fw;
}

/** Classes of the subordinate tables (ranking tables with a parent), by parent, for adjustment rules. */
function subordinateClasses(report: PublishedReport, fws: Map<string, Framework>): Reconciliation['subordinateClasses'] {
  const byParent: Reconciliation['subordinateClasses'] = new Map();
  for (const s of report.sections) {
    if (s.kind !== 'ranking-table' || !s.parent) continue;
    const fw = fws.get(s.framework);
    if (!fw) continue;
    const list = s.rows.map((row) => {
      const f = parseFigure(row.score);
      const b = f ? bandOf(f.value, fw.classification.bands) : null;
      return { cls: b?.class ?? null, fw };
    });
    byParent.set(norm(s.parent), list);
  }
  return byParent;
}
