import { uploadTooLargeError } from '@par/kernel';
import { readUpload, type FileUpload } from '@par/nest-platform';
import { FRAMEWORK_FILE_READERS, readerFor, type FrameworkFileReader, type FrameworkFileResult } from './framework-file-readers';

export interface FrameworkUpload {
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly reader: FrameworkFileReader;
  readonly result: FrameworkFileResult;
}

/** Reads an uploaded framework file: the type by content, the size bounded per type, then the type's reader. */
export async function readFrameworkUpload(file: Promise<FileUpload>, province: string): Promise<FrameworkUpload> {
  const { fileName, bytes } = await readUpload(file, Math.max(...FRAMEWORK_FILE_READERS.map((r) => r.maxBytes)));
  const reader = readerFor(bytes, fileName);
  if (bytes.length > reader.maxBytes) throw uploadTooLargeError(reader.maxBytes, fileName);
  return { fileName, sizeBytes: bytes.length, reader, result: await reader.read(bytes, fileName, province) };
}
