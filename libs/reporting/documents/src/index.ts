// Public door of @par/reporting-documents: a report as plain data → DOCX, XLSX, PDF, charts. No Nest. See README.md.
export * from './model/report-document';
export { formatCell } from './model/format-cell';
export { provenanceLine, sortedPositions, type EventPosition } from './model/event-position';
export { renderDocx, type DocxOptions } from './docx/render-docx';
export { NATIONAL_MOTTO, NATIONAL_NAME, placeAndDateVi } from './docx/docx-header';
export { renderXlsx, neutraliseText, numberFormat } from './xlsx/render-xlsx';
export { renderChartSvg, svgToPng, CHART_SIZE, DEFAULT_CHART_FONT, type ChartSize } from './chart/render-chart';
export { convertDocxToPdf, PDF_UNAVAILABLE, type PdfOptions } from './pdf/convert-pdf';
export { renderReport, REPORT_FORMATS, MEDIA_TYPES, type ReportFile, type ReportFormat, type RenderOptions } from './render-report';
export { buildRankingReport, asPublishedReport } from './ranking-report/build-ranking-report';
export {
  officialDifferences,
  officialStatusLine,
  PROVISIONAL_VI,
  type OfficialDifference,
  type OfficialRankingInput,
  type OfficialRowInput,
} from './ranking-report/official-ranking';
export { unitTypeVi, type RankingReportInput, type ReportHeaderInput, type CycleInfo } from './ranking-report/report-input';
export { buildUnitAnalysisReport, unitComparison } from './unit-report/build-unit-analysis';
export { departmentGroups, UNASSIGNED_VI } from './unit-report/lost-by-department';
export type { UnitAnalysisInput, YearResult } from './unit-report/unit-analysis-input';
export { publishedTableSections, type TableProblem, type TableSheet } from './published-table/published-table';
export { readTableFile, MAX_TABLE_BYTES } from './published-table/read-table-file';
export { reconcileTables, type TableReconciliation } from './published-table/reconcile-tables';
