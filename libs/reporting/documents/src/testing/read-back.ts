import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** The text of a DOCX's word/document.xml (tags dropped, entities decoded), read with `unzip -p`. */
export function docxText(docx: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'par-docx-'));
  try {
    const file = join(dir, 'r.docx');
    writeFileSync(file, docx);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 << 20 }).toString('utf8');
    return xml
      .replace(/<w:p[ >]/g, '\n$&')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The raw word/document.xml of a DOCX (to check that user text was escaped). */
export function docxXml(docx: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'par-docx-'));
  try {
    const file = join(dir, 'r.docx');
    writeFileSync(file, docx);
    return execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 << 20 }).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** `pdftotext` of a PDF with whitespace collapsed to single spaces (table cells wrap), and its page count (`pdfinfo`). */
export function pdfText(pdf: Uint8Array): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'par-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { maxBuffer: 64 << 20 })
      .toString('utf8')
      .replace(/\s+/g, ' ');
    const info = execFileSync('pdfinfo', [file]).toString('utf8');
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes a report's files and its PDF pages as PNG (`pdftoppm -r 80`) under `dir` as `<name>.docx|xlsx|pdf` and
 * `<name>-<page>.png`, replacing older pages of the same name. Returns the PNG file names.
 */
export function writeReportFiles(dir: string, name: string, files: { docx?: Uint8Array; xlsx?: Uint8Array; pdf: Uint8Array }): string[] {
  for (const f of readdirSync(dir)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(dir, f));
  if (files.docx) writeFileSync(join(dir, `${name}.docx`), files.docx);
  if (files.xlsx) writeFileSync(join(dir, `${name}.xlsx`), files.xlsx);
  writeFileSync(join(dir, `${name}.pdf`), files.pdf);
  execFileSync('pdftoppm', ['-r', '80', '-png', join(dir, `${name}.pdf`), join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
}
