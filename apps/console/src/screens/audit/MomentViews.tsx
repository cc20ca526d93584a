import { useEffect, useState } from 'react';
import { formatDateTimeVi, formatMomentVi, formatPoints, parseMomentVi } from '../../format/format';
import { gqlRequest, useMutation } from '../../graphql/hooks';
import { ErrorNotice, Table } from '../../ui/ui';
import { auditFieldLabel, formatAuditValue } from './audit-view';
import { ASSESSMENT_AS_OF, ASSESSMENT_DIFF, type AsOf, type Diff } from './queries';

const sameSecond = (a: string | undefined, b: string) =>
  a !== undefined && Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);

/**
 * A moment typed as `dd/mm/yyyy hh:mm:ss` in Vietnam's time (a day alone: its end); `value` is the ISO instant
 * (`''` for none). A moment taken from a history row keeps its exact instant until the auditor edits the text.
 */
export function MomentField({ label, value, onChange }: { label: string; value: string; onChange(iso: string): void }) {
  const [text, setText] = useState(value ? formatMomentVi(value) : '');
  useEffect(() => {
    // the same second as typed keeps the text; a moment set from elsewhere (a history row) shows as itself
    setText((t) => (value && sameSecond(parseMomentVi(t), value) ? t : value ? formatMomentVi(value) : ''));
  }, [value]);
  const invalid = text.trim() !== '' && parseMomentVi(text) === undefined;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        placeholder="dd/mm/yyyy hh:mm:ss"
        value={text}
        aria-invalid={invalid}
        className={invalid ? 'invalid' : undefined}
        size={19}
        maxLength={19}
        onChange={(e) => {
          setText(e.target.value);
          const iso = e.target.value.trim() === '' ? '' : parseMomentVi(e.target.value);
          if (iso !== undefined) onChange(iso);
        }}
      />
    </label>
  );
}

type Unit = { cycleId: string; unitId: string };

/** The unit's result as it stood at a moment (`assessmentAsOf`): version, status, each item's scores and filings. */
export function AsOfView({ cycleId, unitId, asOf }: Unit & { asOf: string }) {
  const run = useMutation((t) => gqlRequest<AsOf>(t, ASSESSMENT_AS_OF, { cycleId, unitId, asOf }));
  const a = run.data?.assessmentAsOf;
  return (
    <div data-testid="as-of">
      <button type="button" className="primary" onClick={() => void run.execute()} disabled={!asOf || run.busy}>
        Xem trạng thái
      </button>
      {run.error && <ErrorNotice error={run.error} />}
      {a && (
        <>
          <p>
            Tại {formatMomentVi(asOf)}: phiên bản <strong data-testid="as-of-version">{a.version}</strong>
            {a.submittedAt ? `, đã gửi lúc ${formatDateTimeVi(a.submittedAt)}` : ', chưa gửi'}
            {a.finalizedAt ? `, đã chốt thẩm định lúc ${formatDateTimeVi(a.finalizedAt)}` : ''}.
          </p>
          <Table head={['Tiêu chí', 'Trạng thái', 'Tự chấm', 'Thẩm định', 'Tài liệu', 'Giải trình']}>
            {a.items.map((i) => (
              <tr key={i.code} data-code={i.code}>
                <td>
                  <strong>{i.code}</strong> {i.name}
                </td>
                <td>{i.statusLabel}</td>
                <td className="num">{formatPoints(i.selfScore)}</td>
                <td className="num">{formatPoints(i.appraisedScore)}</td>
                <td className="num">{i.evidence.length}</td>
                <td>{i.explanation ?? '—'}</td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </div>
  );
}

/** What changed in the unit's result between two moments (`assessmentDiff`): each field's value at either end. */
export function DiffView({ cycleId, unitId, from, to }: Unit & { from: string; to: string }) {
  const run = useMutation((t) => gqlRequest<Diff>(t, ASSESSMENT_DIFF, { cycleId, unitId, from, to }));
  const d = run.data?.assessmentDiff;
  const rows = d?.items.flatMap((i) => i.changes.map((c, k) => ({ ...c, code: i.code, events: i.events.length, key: `${i.code}-${k}` })));
  return (
    <div data-testid="diff">
      <button type="button" className="primary" onClick={() => void run.execute()} disabled={!from || !to || run.busy}>
        So sánh
      </button>
      {run.error && <ErrorNotice error={run.error} />}
      {d && rows && (
        <>
          <p>
            Từ {formatMomentVi(from)} (phiên bản {d.fromVersion}) đến {formatMomentVi(to)} (phiên bản {d.toVersion}):{' '}
            {rows.length === 0 ? 'không có thay đổi.' : `${rows.length} giá trị thay đổi.`}
          </p>
          {rows.length > 0 && (
            <Table head={['Tiêu chí', 'Nội dung', 'Lúc đầu', 'Lúc sau', 'Số sự kiện']}>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td>{r.code ?? 'Cả đơn vị'}</td>
                  <td>{auditFieldLabel(r.field, r.label)}</td>
                  <td className="value">{formatAuditValue(r.field, r.oldValue)}</td>
                  <td className="value">
                    <strong>{formatAuditValue(r.field, r.newValue)}</strong>
                  </td>
                  <td className="num">{r.events}</td>
                </tr>
              ))}
            </Table>
          )}
        </>
      )}
    </div>
  );
}
