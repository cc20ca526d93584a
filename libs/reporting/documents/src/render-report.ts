import { createHash } from 'node:crypto';
import type { ReportDocument } from './model/report-document';
import { renderDocx, type DocxOptions } from './docx/render-docx';
import { renderXlsx } from './xlsx/render-xlsx';
import { convertDocxToPdf, type PdfOptions } from './pdf/convert-pdf';

export const REPORT_FORMATS = ['DOCX', 'XLSX', 'PDF'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ReportFormat, string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
};

export interface ReportFile {
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
}

export type RenderOptions = DocxOptions & PdfOptions;

/** One report document in one format, with its file name, media type, size and SHA-256. */
export async function renderReport(doc: ReportDocument, format: ReportFormat, opts: RenderOptions = {}): Promise<ReportFile> {
  const bytes =
    format === 'XLSX'
      ? await renderXlsx(doc)
      : format === 'DOCX'
        ? await renderDocx(doc, opts)
        : await convertDocxToPdf(await renderDocx(doc, opts), opts);
  return {
    filename: `${doc.name}.${format.toLowerCase()}`,
    mediaType: MEDIA_TYPES[format],
    sizeBytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}
