import { useState } from 'react';
import { gqlRequest, useMutation, useQuery } from '../../graphql/hooks';
import { formatDateTimeVi, formatNumberVi, formatPoints } from '../../format/format';
import { CHANGE_KIND_LABELS, labelOr, roleLabel, T } from '../../labels/labels';
import { CyclePicker, ItemPicker, UnitPicker } from '../../ui/pickers';
import { ErrorNotice, Loaded, Notice, Page, Table } from '../../ui/ui';

interface Change {
  eventId: string;
  kind: string;
  oldValue: number | null;
  newValue: number;
  actorId: string;
  actorName: string | null;
  actorRoles: string[];
  at: string;
  reason: string | null;
  note: string | null;
  streamVersion: number;
  hash: string;
}
interface Verification {
  ok: boolean;
  checked: number;
  firstBrokenStreamId: string | null;
  firstBrokenVersion: number | null;
}
const HISTORY = `query($cycleId: ID!, $unitId: ID!, $code: String) { scoreHistory(cycleId: $cycleId, unitId: $unitId, subCriterionCode: $code) {
  eventId kind oldValue newValue actorId actorName actorRoles at reason note streamVersion hash } }`;
const VERIFY = `query($cycleId: ID, $unitId: ID) { verifyAuditTrail(cycleId: $cycleId, unitId: $unitId) { ok checked firstBrokenStreamId firstBrokenVersion } }`;

/** Auditor: the history of a unit's scores (old → new, who, when, why, hash) and the hash chain's verification. */
export function AuditScreen() {
  const [cycleId, setCycleId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [code, setCode] = useState('');
  const history = useQuery<{ scoreHistory: Change[] }>(HISTORY, { cycleId, unitId, code: code || null }, !cycleId || !unitId);
  const verify = useMutation((t) => gqlRequest<{ verifyAuditTrail: Verification }>(t, VERIFY, { cycleId, unitId }));
  const v = verify.data?.verifyAuditTrail;
  return (
    <Page title="Lịch sử và kiểm tra" intro="Mọi thay đổi điểm của đơn vị theo thứ tự ghi nhận, và kiểm tra chuỗi băm chống sửa đổi.">
      <div className="row">
        <CyclePicker value={cycleId} onChange={setCycleId} />
        {cycleId && <UnitPicker cycleId={cycleId} value={unitId} onChange={setUnitId} />}
        {cycleId && <ItemPicker cycleId={cycleId} value={code} onChange={setCode} />}
        <button type="button" onClick={() => void verify.execute()} disabled={!cycleId || !unitId || verify.busy}>
          Kiểm tra chuỗi băm
        </button>
      </div>
      {v && (
        <Notice tone={v.ok ? 'ok' : 'error'}>
          {v.ok
            ? `Chuỗi băm toàn vẹn: đã kiểm tra ${formatNumberVi(v.checked, 0)} sự kiện.`
            : `Chuỗi băm bị phá vỡ tại ${v.firstBrokenStreamId ?? '?'}, phiên bản ${v.firstBrokenVersion ?? '?'} (đã kiểm tra ${formatNumberVi(v.checked, 0)} sự kiện).`}
        </Notice>
      )}
      {verify.error && <ErrorNotice error={verify.error} />}
      {cycleId && unitId && (
        <Loaded state={history}>
          {(d) =>
            d.scoreHistory.length === 0 ? (
              <p>{T.none}</p>
            ) : (
              <Table head={['#', 'Thời điểm', 'Tiêu chí', 'Loại', 'Cũ → mới', 'Người thực hiện', 'Lý do / ghi chú', 'Mã băm']}>
                {d.scoreHistory.map((c) => (
                  <tr key={c.eventId}>
                    <td className="num">{c.streamVersion}</td>
                    <td>{formatDateTimeVi(c.at)}</td>
                    <td>{code || '—'}</td>
                    <td>{labelOr(CHANGE_KIND_LABELS, c.kind)}</td>
                    <td className="num">
                      {formatPoints(c.oldValue)} → <strong>{formatPoints(c.newValue)}</strong>
                    </td>
                    <td>
                      {c.actorName ?? c.actorId}
                      <div className="muted small">{c.actorRoles.map(roleLabel).join(', ')}</div>
                    </td>
                    <td>{c.reason ?? c.note ?? '—'}</td>
                    <td>
                      <code title={c.hash}>{c.hash.slice(0, 12)}…</code>
                    </td>
                  </tr>
                ))}
              </Table>
            )
          }
        </Loaded>
      )}
    </Page>
  );
}
