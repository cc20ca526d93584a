import { formatNumberVi, isParError, UPLOAD_LIMITS, ValidationError } from '@par/kernel';
import { readUpload, type FileUpload, type UploadedFile } from '@par/nest-platform';

/** Longest file name kept in events (characters). */
export const MAX_EVIDENCE_FILE_NAME = 255;

/**
 * The evidence size limit in bytes: `PAR_EVIDENCE_MAX_BYTES` (read per upload, so an operator can lower it)
 * or 20 MB, never above the request-wide upload limit (`UPLOAD_LIMITS.maxFileBytes`).
 */
export function evidenceMaxBytes(): number {
  const configured = Number(process.env['PAR_EVIDENCE_MAX_BYTES']);
  const limit = Number.isInteger(configured) && configured > 0 ? configured : UPLOAD_LIMITS.maxFileBytes;
  return Math.min(limit, UPLOAD_LIMITS.maxFileBytes);
}

/** Reads an evidence upload, stopping as soon as it passes the limit (EVIDENCE_TOO_LARGE), never after. */
export async function readEvidenceUpload(upload: Promise<FileUpload> | FileUpload): Promise<UploadedFile> {
  const limit = evidenceMaxBytes();
  let file: UploadedFile;
  try {
    file = await readUpload(upload, limit);
  } catch (e) {
    if (isParError(e) && e.code === 'UPLOAD_TOO_LARGE') throw tooLarge(limit);
    throw e;
  }
  const fileName = file.fileName.trim();
  if (!fileName || fileName.length > MAX_EVIDENCE_FILE_NAME || /[\u0000-\u001f/\\]/.test(fileName)) {
    throw new ValidationError({
      code: 'EVIDENCE_FILE_NAME_INVALID',
      messageVi: `Tên tệp tài liệu kiểm chứng không hợp lệ (tối đa ${MAX_EVIDENCE_FILE_NAME} ký tự, không chứa ký tự điều khiển hoặc dấu /).`,
      detail: 'Evidence file name is empty, too long or contains control characters or path separators',
    });
  }
  return { ...file, fileName };
}

function tooLarge(limit: number): ValidationError {
  return new ValidationError({
    code: 'EVIDENCE_TOO_LARGE',
    messageVi: `Tài liệu kiểm chứng vượt quá dung lượng cho phép (${formatNumberVi(limit / (1024 * 1024), 2, false)} MB).`,
    detail: `Evidence file exceeds ${limit} bytes`,
    meta: { limitBytes: limit },
  });
}
