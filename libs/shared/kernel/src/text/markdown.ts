/**
 * Text that users typed (a reason, a unit or criterion name), made inert for Markdown output: line breaks become
 * spaces (so nothing it holds can start a heading, a list or a new table row), the characters that end a cell or
 * make emphasis, code or links are escaped (`\|`, `\*`, `\_`, `` \` ``, `\[`), and HTML is entity-encoded
 * (`&lt;img …&gt;`). The one escape of the platform's
 * Markdown (the lost-points report); documents (DOCX, XLSX, PDF) take text as text and need none.
 */
export function markdownText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1');
}
