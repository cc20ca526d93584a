import { ValidationError } from '../errors/par-error';
import { formatNumberVi } from '../format/vietnamese';

/**
 * Bounds of GraphQL multipart uploads (the gateway and every subgraph): the size of one file and the number of
 * files in one request. A use case may bound its own file type lower (a framework YAML/JSON file: 2 MB).
 */
export const UPLOAD_LIMITS = { maxFileBytes: 20 * 1024 * 1024, maxFiles: 5 } as const;

const mb = (bytes: number) => formatNumberVi(bytes / (1024 * 1024), 1, false);

export const uploadTooLargeError = (limitBytes: number, fileName?: string) =>
  new ValidationError({
    code: 'UPLOAD_TOO_LARGE',
    messageVi: `Tệp${fileName ? ` "${fileName}"` : ''} vượt quá dung lượng cho phép (${mb(limitBytes)} MB).`,
    detail: `Upload${fileName ? ` ${fileName}` : ''} exceeds ${limitBytes} bytes`,
    meta: { limitBytes },
  });

export const tooManyFilesError = (maxFiles: number) =>
  new ValidationError({
    code: 'UPLOAD_TOO_MANY_FILES',
    messageVi: `Chỉ được tải lên tối đa ${maxFiles} tệp trong một lần.`,
    detail: `More than ${maxFiles} files in one request`,
    meta: { maxFiles },
  });
