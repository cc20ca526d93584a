import { ValidationError } from '@par/kernel';
import { DEFAULT_CHART_FONT, renderReport, type EventPosition, type ReportDocument, type ReportFormat } from '@par/reporting-documents';
import type { ReportFileType } from './report-file.type';

/** Reports larger than this are refused rather than sent through GraphQL (base64 adds a third). */
export const MAX_REPORT_BYTES = 15 * 1024 * 1024;

/** LibreOffice binary and chart font, configurable per machine (`PAR_SOFFICE`, `PAR_REPORT_FONT`). */
export const renderOptionsFromEnv = (env: NodeJS.ProcessEnv = process.env) => ({
  soffice: env['PAR_SOFFICE'] || 'soffice',
  chartFont: env['PAR_REPORT_FONT'] || DEFAULT_CHART_FONT,
});

/** A report document rendered in one format, bounded in size, as the GraphQL `ReportFile` with the positions it was built from. */
export async function renderReportFile(
  doc: ReportDocument,
  format: ReportFormat,
  positions: readonly EventPosition[],
): Promise<ReportFileType> {
  const file = await renderReport(doc, format, renderOptionsFromEnv());
  if (file.sizeBytes > MAX_REPORT_BYTES) {
    throw new ValidationError({
      code: 'REPORT_TOO_LARGE',
      messageVi: `Báo cáo quá lớn (${Math.ceil(file.sizeBytes / 1048576)} MB, tối đa ${MAX_REPORT_BYTES / 1048576} MB).`,
      detail: `Report ${file.filename} is ${file.sizeBytes} bytes, limit ${MAX_REPORT_BYTES}`,
    });
  }
  return {
    filename: file.filename,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    contentBase64: Buffer.from(file.bytes).toString('base64'),
    eventPositions: positions.map((p) => ({ ...p })),
  };
}
