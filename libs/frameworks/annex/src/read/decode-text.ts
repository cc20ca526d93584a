/**
 * Text of a CSV file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Anything else (UTF-16 without BOM, a legacy
 * code page such as TCVN3 or Windows-1258) is refused. The same reading as `par score` results files
 * (libs/scoring/cli/src/io/decode-text.ts), here returning a problem instead of throwing an exit-coded CLI error.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: 'utf16-without-bom' | 'not-utf8' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksUtf16WithoutBom(bytes)) return { ok: false, reason: 'utf16-without-bom' };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: 'not-utf8' } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
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

/** The delimiter of a CSV: the most frequent of `,` `;` tab outside quotes on the first line that has one. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  for (const line of text.split(/\r?\n/).slice(0, 40)) {
    const counts = { ',': 0, ';': 0, '\t': 0 };
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    }
    const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
    if (best[1] >= 2) return best[0];
  }
  return ',';
}
