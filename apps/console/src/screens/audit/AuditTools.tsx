import { formatFileSize, formatNumberVi } from '../../format/format';
import { gqlRequest, useMutation } from '../../graphql/hooks';
import { base64ToBytes, saveFile } from '../../ui/download';
import { ErrorNotice, Notice } from '../../ui/ui';
import { AUDIT_EXPORT, VERIFY, type ExportFile, type Verification } from './queries';

/** The audit trail of the cycle (or one unit) exported as CSV or JSON (`auditExport`), saved with its hash shown. */
export function ExportButtons({ cycleId, unitId }: { cycleId: string; unitId: string | null }) {
  const run = useMutation(async (t, format: 'CSV' | 'JSON') => {
    const r = await gqlRequest<ExportFile>(t, AUDIT_EXPORT, { cycleId, unitId, format });
    const f = r.auditExport;
    saveFile(f.filename, f.mediaType, base64ToBytes(f.contentBase64));
    return f;
  });
  const f = run.data;
  return (
    <div>
      <div className="row">
        {(['CSV', 'JSON'] as const).map((format) => (
          <button key={format} type="button" onClick={() => void run.execute(format)} disabled={!cycleId || run.busy}>
            Xuất {format}
          </button>
        ))}
      </div>
      {run.error && <ErrorNotice error={run.error} />}
      {f && (
        <Notice tone="ok">
          <span data-testid="export-result">
            Đã xuất {f.filename}: {formatNumberVi(f.events, 0)} sự kiện, {formatFileSize(f.size)}
          </span>
          . SHA-256 của tệp: <code className="ids">{f.sha256}</code>
        </Notice>
      )}
    </div>
  );
}

/** The hash chain checked by the server (`verifyAuditTrail`): intact, or where it first breaks. */
export function VerifyButton({ cycleId, unitId }: { cycleId: string; unitId: string | null }) {
  const verify = useMutation((t) => gqlRequest<Verification>(t, VERIFY, { cycleId, unitId }));
  const v = verify.data?.verifyAuditTrail;
  return (
    <div>
      <button type="button" onClick={() => void verify.execute()} disabled={!cycleId || verify.busy}>
        Kiểm tra chuỗi băm
      </button>
      {v && (
        <Notice tone={v.ok ? 'ok' : 'error'}>
          {v.ok
            ? `Chuỗi băm toàn vẹn: đã kiểm tra ${formatNumberVi(v.checked, 0)} sự kiện.`
            : `Chuỗi băm bị phá vỡ tại ${v.firstBrokenStreamId ?? '?'}, phiên bản ${v.firstBrokenVersion ?? '?'}${
                v.firstBrokenEventId ? ` (sự kiện ${v.firstBrokenEventId})` : ''
              }; đã kiểm tra ${formatNumberVi(v.checked, 0)} sự kiện.`}
        </Notice>
      )}
      {verify.error && <ErrorNotice error={verify.error} />}
    </div>
  );
}

/** Verification and export of what the filter's unit (or the whole cycle) holds. */
export function AuditToolsRow({ cycleId, unitId }: { cycleId: string; unitId: string | null }) {
  return (
    <section className="card tools" aria-label="Kiểm tra và xuất dữ liệu">
      <VerifyButton cycleId={cycleId} unitId={unitId} />
      <ExportButtons cycleId={cycleId} unitId={unitId} />
    </section>
  );
}
