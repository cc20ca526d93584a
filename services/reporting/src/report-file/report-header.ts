import { ValidationError, VIETNAM_TIME_ZONE } from '@par/kernel';
import type { Framework } from '@par/scoring';
import type { ReportHeaderInput } from '@par/reporting-documents';

/** Header fields as the user gives them (all optional). */
export type ReportHeaderFields = Partial<Record<'superior' | 'issuer' | 'number' | 'place' | 'signerTitle' | 'signerName', string | null>>;

const MAX_FIELD = 200;

/** `YYYY-MM-DD` of an instant in Vietnam time. */
export const vietnamDate = (now: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE }).format(now);

/**
 * The header block of a generated report: what the user gave (plain text, at most 200 characters each, no control
 * characters), else defaults from the framework's issuing body; the date is the injected clock's, in Vietnam time.
 */
export function reportHeader(fields: ReportHeaderFields | null | undefined, fw: Framework, now: Date): ReportHeaderInput {
  for (const [k, v] of Object.entries(fields ?? {})) {
    if (typeof v === 'string' && (v.length > MAX_FIELD || /[\u0000-\u001f\u007f]/.test(v))) {
      throw new ValidationError({
        code: 'REPORT_HEADER_INVALID',
        messageVi: `Trường "${k}" của phần đầu văn bản không hợp lệ (tối đa ${MAX_FIELD} ký tự, không chứa ký tự điều khiển).`,
        detail: `Header field ${k} longer than ${MAX_FIELD} characters or with control characters`,
        meta: { field: k },
      });
    }
  }
  const f = fields ?? {};
  const superior = f.superior ?? fw.decision.issuer ?? undefined;
  const stripped = superior?.replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '');
  const place = f.place ?? (stripped && stripped !== superior && !/[()]/.test(stripped) ? stripped : '');
  return {
    ...(superior && { superior }),
    issuer: f.issuer ?? 'Sở Nội vụ',
    number: f.number ?? 'Số:        /BC-SNV',
    place,
    date: vietnamDate(now),
    signerTitle: f.signerTitle ?? 'Giám đốc',
    ...(f.signerName && { signerName: f.signerName }),
  };
}
