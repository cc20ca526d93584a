import { failureError } from './exit-codes';

/**
 * Decodes a text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Anything else (UTF-16 without BOM,
 * a legacy code page such as TCVN3 or Windows-1258) is refused with a Vietnamese message (exit 3).
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: false }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: false }).decode(bytes.subarray(2));
  if (looksUtf16WithoutBom(bytes))
    throw failureError(
      'FILE_ENCODING',
      `Tệp "${file}" có vẻ là UTF-16 nhưng thiếu dấu BOM: hãy lưu lại dưới dạng UTF-8 (hoặc UTF-16 có BOM).`,
      `${file}: UTF-16 without BOM`,
    );
  return utf8(bytes, file);
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw failureError(
      'FILE_ENCODING',
      `Tệp "${file}" không phải văn bản UTF-8 hoặc UTF-16 (có BOM): hãy lưu lại với bảng mã UTF-8 (Unicode).`,
      `${file}: not valid UTF-8`,
      e,
    );
  }
}

/** Many NUL bytes at even or odd positions only: UTF-16 text of mostly ASCII characters. */
function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.max(even, odd) > n / 4 && Math.min(even, odd) === 0;
}
