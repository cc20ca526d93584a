import { createHash } from 'node:crypto';
import { ParError } from '@par/kernel';
import { failureError, usageError } from '@par/scoring-cli';

export interface GatewayOptions {
  url?: string;
  tokenFile?: string;
}

export interface ReportFileView {
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  contentBase64: string;
}

const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** The access token: `--token-file` or `PAR_TOKEN` (never an option value, so it stays out of shell history). */
async function token(opts: GatewayOptions): Promise<string> {
  if (opts.tokenFile) {
    const { readFile } = await import('node:fs/promises');
    return (await readFile(opts.tokenFile, 'utf8')).trim();
  }
  const t = process.env['PAR_TOKEN'];
  if (!t)
    throw usageError(
      'TOKEN_REQUIRED',
      'Cần mã truy cập: đặt biến môi trường PAR_TOKEN hoặc dùng --token-file.',
      'No PAR_TOKEN and no --token-file',
    );
  return t;
}

/**
 * Calls a report query of the gateway (`rankingReport`, `unitAnalysisReport`) with the user's token and returns the
 * file, its SHA-256 checked. GraphQL errors keep their code and Vietnamese message (exit 1); no answer is exit 3.
 */
export async function fetchReport(
  opts: GatewayOptions,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ file: ReportFileView; bytes: Uint8Array }> {
  const url = opts.url ?? process.env['PAR_GATEWAY_URL'] ?? DEFAULT_URL;
  let body: {
    data?: Record<string, ReportFileView | null>;
    errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
  };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(opts)}` },
      body: JSON.stringify({ query, variables }),
    });
    body = (await res.json()) as typeof body;
  } catch (e) {
    if (e instanceof ParError) throw e;
    throw failureError('GATEWAY_UNREACHABLE', `Không kết nối được cổng GraphQL ${url}.`, String(e), e);
  }
  const err = body.errors?.[0];
  if (err)
    throw new ParError({
      code: err.extensions?.code ?? 'GRAPHQL_ERROR',
      messageVi: err.message,
      detail: err.extensions?.detail ?? err.message,
    });
  const file = body.data?.[field];
  if (!file) throw failureError('REPORT_MISSING', 'Cổng GraphQL không trả về tệp báo cáo.', `No data.${field}`);
  const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== file.sha256 || bytes.byteLength !== file.sizeBytes)
    throw failureError('REPORT_CORRUPT', 'Tệp báo cáo nhận được không khớp mã băm SHA-256.', `sha256 ${sha} != ${file.sha256}`);
  return { file, bytes };
}
