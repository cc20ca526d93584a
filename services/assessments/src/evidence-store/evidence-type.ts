import { fileTypeFromBuffer } from 'file-type';
import { ValidationError } from '@par/kernel';

/** The document types accepted as evidence, by the extension a file is named with → the type its content must have. */
export const EVIDENCE_TYPES: Readonly<Record<string, { mime: string; label: string }>> = {
  pdf: { mime: 'application/pdf', label: 'PDF' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (DOCX)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (XLSX)' },
  png: { mime: 'image/png', label: 'PNG' },
  jpg: { mime: 'image/jpeg', label: 'JPEG' },
  jpeg: { mime: 'image/jpeg', label: 'JPEG' },
};

const extensionOf = (fileName: string) => /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/**
 * The media type of an evidence document, from its content (`file-type`'s signatures; DOCX and XLSX are told
 * from other zip files by their OOXML content types), never from the client's MIME type. The file's name must
 * say an accepted type (else EVIDENCE_TYPE_NOT_ALLOWED) and the content must be of that type (else
 * EVIDENCE_TYPE_MISMATCH: a PNG named .pdf, random bytes, a zip named .docx).
 */
export async function evidenceMediaType(fileName: string, bytes: Uint8Array): Promise<string> {
  const ext = extensionOf(fileName);
  const expected = EVIDENCE_TYPES[ext];
  if (!expected) {
    throw new ValidationError({
      code: 'EVIDENCE_TYPE_NOT_ALLOWED',
      messageVi: 'Tài liệu kiểm chứng phải là tệp PDF, Word (DOCX), Excel (XLSX) hoặc ảnh PNG, JPEG.',
      detail: `Evidence file type ".${ext}" is not accepted (pdf, docx, xlsx, png, jpg)`,
      meta: { extension: ext },
    });
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime !== expected.mime) {
    throw new ValidationError({
      code: 'EVIDENCE_TYPE_MISMATCH',
      messageVi: `Nội dung tệp không phải là ${expected.label} như tên tệp cho biết${detected ? ` (nội dung là tệp .${detected.ext})` : ''}.`,
      detail: `Content of the .${ext} file is ${detected ? `${detected.mime}` : 'of no recognised type'}, not ${expected.mime}`,
      meta: { extension: ext, detected: detected?.mime ?? null },
    });
  }
  return expected.mime;
}
