import type { NextFunction, Request, Response } from 'express';
import { processRequest, GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { isParError, tooManyFilesError, uploadTooLargeError, UPLOAD_LIMITS, ValidationError, type ParError } from '@par/kernel';

export { GraphQLUpload, type FileUpload };

/** An uploaded file read into memory, within its bound. */
export interface UploadedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
}

const asGraphQLError = (e: ParError) => ({
  errors: [{ message: e.messageVi, extensions: { code: e.code, detail: e.detail, ...(e.meta && { meta: e.meta }) } }],
});

/** graphql-upload-minimal's errors as coded errors (its own are English text with an HTTP status). */
function uploadError(e: unknown, limits: { maxFileBytes: number; maxFiles: number }): ParError {
  if (isParError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/max file uploads exceeded/i.test(message)) return tooManyFilesError(limits.maxFiles);
  if (/exceeds the .* byte size limit/i.test(message)) return uploadTooLargeError(limits.maxFileBytes);
  return new ValidationError({
    code: 'UPLOAD_INVALID',
    messageVi: 'Yêu cầu tải tệp không đúng định dạng GraphQL multipart.',
    detail: `Invalid GraphQL multipart request: ${message}`,
  });
}

/**
 * Express middleware of the GraphQL multipart request spec (graphql-upload-minimal) for the subgraph's
 * `/graphql`, before Apollo: files become `Upload` values; too many files or a malformed request is answered here
 * with a coded GraphQL error. A file over the size limit is truncated by the parser and refused by `readUpload`.
 */
export function uploadMiddleware(limits: { maxFileBytes: number; maxFiles: number } = UPLOAD_LIMITS) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.is('multipart/form-data')) return next();
    // a refused file leaves the rest of the body unread: never reuse this connection (the gateway's pool would)
    res.setHeader('connection', 'close');
    res.on('finish', () => req.resume());
    processRequest(req, res, { maxFileSize: limits.maxFileBytes, maxFiles: limits.maxFiles })
      .then((body) => {
        req.body = body;
        next();
      })
      .catch((e: unknown) => {
        const err = uploadError(e, limits);
        res.status(err.code === 'UPLOAD_INVALID' ? 400 : 413).json(asGraphQLError(err));
      });
  };
}

/**
 * Reads an `Upload` argument into memory, refusing it with `UPLOAD_TOO_LARGE` past `maxBytes` (never more than
 * the request-wide limit) without reading the rest.
 */
export async function readUpload(
  upload: Promise<FileUpload> | FileUpload,
  maxBytes: number = UPLOAD_LIMITS.maxFileBytes,
): Promise<UploadedFile> {
  // the scalar's parsed value is the upload's promise; an `Upload` holder (schema rebuilt without the scalar) too
  const file = await ('promise' in upload ? (upload as unknown as { promise: Promise<FileUpload> }).promise : upload);
  const limit = Math.min(maxBytes, UPLOAD_LIMITS.maxFileBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = file.createReadStream();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        throw uploadTooLargeError(limit, file.filename);
      }
      chunks.push(chunk);
    }
    if ((stream as unknown as { truncated?: boolean }).truncated) throw uploadTooLargeError(limit, file.filename);
  } catch (e) {
    throw uploadError(e, { maxFileBytes: limit, maxFiles: UPLOAD_LIMITS.maxFiles });
  }
  return { fileName: file.filename, mimeType: file.mimetype, bytes: Buffer.concat(chunks) };
}
