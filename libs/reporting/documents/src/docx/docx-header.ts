import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentHeader } from '../model/report-document';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** "Thái Nguyên, ngày 07 tháng 05 năm 2024" from `YYYY-MM-DD`. */
export function placeAndDateVi(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${place ? `${place}, ngày` : 'Ngày'} ${d} tháng ${m} năm ${y}`;
}

const centered = (runs: TextRun[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: runs });

/**
 * The header block of an administrative document as a borderless two-column table: the issuing body and the
 * number on the left, the national name and motto with place and date on the right.
 */
export function headerBlock(h: DocumentHeader, size: number): Table {
  const left = [
    ...(h.superior ? [centered([new TextRun({ text: h.superior.toUpperCase(), size })])] : []),
    centered([new TextRun({ text: h.issuer.toUpperCase(), bold: true, size })]),
    centered([new TextRun({ text: '———', size })]),
    centered([new TextRun({ text: h.number, size })]),
  ];
  const right = [
    centered([new TextRun({ text: NATIONAL_NAME, bold: true, size: size - 2 })]),
    centered([new TextRun({ text: NATIONAL_MOTTO, bold: true, underline: {}, size })]),
    centered([new TextRun({ text: ' ', size })]),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: placeAndDateVi(h.place, h.date), italics: true, size })],
    }),
  ];
  const cell = (children: Paragraph[], pct: number) =>
    new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 38), cell(right, 62)] })],
  });
}
