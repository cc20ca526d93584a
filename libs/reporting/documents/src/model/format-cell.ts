import { formatNumberVi } from '@par/kernel';
import type { Cell, TableColumn } from './report-document';

/** A cell as printed in DOCX/PDF: numbers in Vietnamese format at the column's decimals (`87,461`), empty as "—". */
export function formatCell(value: Cell, column: TableColumn | undefined): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumberVi(value, column?.decimals ?? 0, !column?.trim);
  return value;
}
