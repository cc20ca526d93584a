import { useState } from 'react';
import { formatMomentVi } from '../../format/format';
import { useQuery } from '../../graphql/hooks';
import { CHANGE_KIND_LABELS, labelOr, roleLabel, T } from '../../labels/labels';
import { Field, Loaded, Table } from '../../ui/ui';
import { changesScore, currentCursor, firstPage, formatAuditValue, nextPage, previousPage } from './audit-view';
import { AUDIT_HISTORY, type AuditEntry, type HistoryPage } from './queries';

export interface HistoryFilter {
  cycleId: string;
  /** null: every unit of the cycle. */
  unitId: string | null;
  code: string | null;
  actorId: string | null;
}

/** Where a row's moment goes: the state as of it, or one end of a difference. */
export type MomentUse = 'asOf' | 'from' | 'to';

function OldNew({ e }: { e: AuditEntry }) {
  if (!changesScore(e.changes)) return <>—</>;
  const field = e.changes.find((c) => c.field === 'scores.self' || c.field === 'scores.appraised')!.field;
  return (
    <>
      {formatAuditValue(field, e.oldValue)} → <strong>{formatAuditValue(field, e.newValue)}</strong>
    </>
  );
}

function EntryRow(props: { e: AuditEntry; allUnits: boolean; onActor(id: string): void; onMoment(use: MomentUse, iso: string): void }) {
  const { e } = props;
  return (
    <tr data-event={e.eventId} title={e.summary}>
      <td className="num">{e.streamVersion}</td>
      <td>
        {formatMomentVi(e.recordedAt)}
        <div className="moments">
          {(['asOf', 'from', 'to'] as const).map((use) => (
            <button
              key={use}
              type="button"
              className="mini"
              onClick={() => props.onMoment(use, e.recordedAt)}
              aria-label={`${MOMENT_LABELS[use]}: sự kiện ${e.streamVersion} (${formatMomentVi(e.recordedAt)})`}
            >
              {MOMENT_SHORT[use]}
            </button>
          ))}
        </div>
      </td>
      {props.allUnits && <td>{e.unitId}</td>}
      <td>{e.code ?? '—'}</td>
      <td className="kind">{labelOr(CHANGE_KIND_LABELS, e.kind)}</td>
      <td className="num">
        <OldNew e={e} />
      </td>
      <td>
        <button type="button" className="link" onClick={() => props.onActor(e.actorId)} title={`Lịch sử của ${e.actorId}`}>
          {e.actorName ?? e.actorId}
        </button>
        <div className="muted small">{e.actorRoles.map(roleLabel).join(', ')}</div>
      </td>
      <td>{e.reason ?? e.note ?? '—'}</td>
      <td>
        <code title={e.hash}>{e.hash.slice(0, 8)}…</code>
      </td>
    </tr>
  );
}

export const MOMENT_LABELS: Record<MomentUse, string> = { asOf: 'Xem trạng thái tại', from: 'So sánh từ', to: 'So sánh đến' };
const MOMENT_SHORT: Record<MomentUse, string> = { asOf: 'Tại', from: 'Từ', to: 'Đến' };

/**
 * The audit trail as a timeline (`auditHistory`), a page at a time: what changed (old → new), who (a click shows that
 * user's history), when (to the second, the store's time), why, the hash; each row's moment can be taken for the state
 * as of it or for a difference. The parent keys it by the filter, so a new filter starts on the first page.
 */
export function HistoryTable(props: { filter: HistoryFilter; onActor(id: string): void; onMoment(use: MomentUse, iso: string): void }) {
  const [order, setOrder] = useState<'NEWEST_FIRST' | 'OLDEST_FIRST'>('NEWEST_FIRST');
  const [first, setFirst] = useState(20);
  const [pages, setPages] = useState(firstPage);
  const { filter } = props;
  const q = useQuery<HistoryPage>(AUDIT_HISTORY, { ...filter, order, first, after: currentCursor(pages) });
  const allUnits = filter.unitId === null;
  const head = [
    '#',
    'Thời điểm (chọn làm mốc)',
    ...(allUnits ? ['Đơn vị'] : []),
    'Tiêu chí',
    'Loại',
    'Cũ → mới',
    'Người thực hiện',
    'Lý do / ghi chú',
    'Mã băm',
  ];
  return (
    <section className="card">
      <div className="row">
        <Field label="Thứ tự">
          <select value={order} onChange={(e) => (setOrder(e.target.value as typeof order), setPages(firstPage()))}>
            <option value="NEWEST_FIRST">Mới nhất trước</option>
            <option value="OLDEST_FIRST">Cũ nhất trước</option>
          </select>
        </Field>
        <Field label="Số dòng mỗi trang">
          <select value={first} onChange={(e) => (setFirst(Number(e.target.value)), setPages(firstPage()))}>
            {[5, 20, 50, 100].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Loaded state={q.loading ? { ...q, data: undefined, error: undefined } : q}>
        {(d) => (
          <>
            {d.auditHistory.entries.length === 0 ? (
              <p>{T.none}</p>
            ) : (
              <Table head={head}>
                {d.auditHistory.entries.map((e) => (
                  <EntryRow key={e.eventId} e={e} allUnits={allUnits} onActor={props.onActor} onMoment={props.onMoment} />
                ))}
              </Table>
            )}
            <div className="row pager">
              <button type="button" onClick={() => setPages(previousPage)} disabled={pages.stack.length === 1}>
                Trang trước
              </button>
              <span data-testid="history-page">Trang {pages.stack.length}</span>
              <button
                type="button"
                onClick={() => setPages((p) => nextPage(p, d.auditHistory.pageInfo.endCursor))}
                disabled={!d.auditHistory.pageInfo.hasNextPage}
              >
                Trang sau
              </button>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
