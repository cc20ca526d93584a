// Public door of @par/frameworks-annex: a province's framework annex (XLSX/CSV) → framework definition + problems,
// and a framework → XLSX fill-in template. See README.md and docs/framework-annex.md.
export type { AnnexProblem, CellRange, CellValue, SheetModel, WorkbookModel } from './model/sheet-model';
export { placeVi } from './model/sheet-model';
export { COLUMNS, type ColumnField } from './model/columns';
export { INFO_FIELDS, INFO_SHEET } from './model/info';
export { mapAnnex, type AnnexOptions, type AnnexResult } from './model/map-annex';
export { DEFAULT_MAX_BYTES, readWorkbook, type ReadOptions, type ReadResult } from './read/read-workbook';
export { importAnnex, type ImportOptions } from './import-annex';
export { exportAnnexTemplate } from './export/export-template';
