import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParError } from '@par/kernel';

export interface PdfOptions {
  /** The LibreOffice binary (default `soffice` on the PATH; `PAR_SOFFICE` in the services). */
  soffice?: string;
  /** Kill the conversion after this many milliseconds (default 120 s). */
  timeoutMs?: number;
}

export const PDF_UNAVAILABLE = 'PDF_UNAVAILABLE';

/**
 * DOCX → PDF with LibreOffice headless (ADR 0023), in a private temporary directory and a private user profile
 * (so concurrent conversions never share LibreOffice's profile lock). The PDF is the DOCX as LibreOffice lays it out.
 */
export async function convertDocxToPdf(docx: Uint8Array, opts: PdfOptions = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'par-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(opts.soffice ?? 'soffice', args, { timeout: opts.timeoutMs ?? 120_000 }, (err, _stdout, stderr) => {
        if (!err) return resolve();
        reject(
          new ParError({
            code: PDF_UNAVAILABLE,
            messageVi: 'Không tạo được tệp PDF (chưa cài LibreOffice trên máy chủ hoặc chuyển đổi thất bại).',
            detail: `soffice --convert-to pdf failed: ${err.message} ${String(stderr).slice(0, 500)}`,
          }),
        );
      });
    });
    return new Uint8Array(await readFile(join(dir, 'report.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
