import { useState } from 'react';
import { formatDateTimeVi, formatNumberVi } from '../../format/format';
import { useQuery } from '../../graphql/hooks';
import { labelOr, PROGRESS_LABELS, T } from '../../labels/labels';
import { CyclePicker } from '../../ui/pickers';
import { ErrorNotice, Loaded, Page, Table } from '../../ui/ui';
import { AssignForm } from './AssignForm';
import { APPRAISAL_ASSIGNMENTS, CYCLE_DASHBOARD, type Assignments, type Dashboard } from './queries';

const when = (iso: string | null) => (iso ? formatDateTimeVi(iso) : '—');

function Counts({ counts }: { counts: Dashboard['cycleDashboard']['counts'] }) {
  return (
    <ul className="counts" aria-label="Số đơn vị theo trạng thái">
      {counts.map((c) => (
        <li key={c.status} data-testid={`count-${c.status}`}>
          <strong>{formatNumberVi(c.count, 0)}</strong>
          <span>{labelOr(PROGRESS_LABELS, c.status)}</span>
        </li>
      ))}
    </ul>
  );
}

function UnitsTable({ d, a }: { d: Dashboard['cycleDashboard']; a: Assignments['appraisalAssignments'] | undefined }) {
  const assigned = new Map((a?.units ?? []).map((u) => [u.unitId, u]));
  return (
    <Table head={[T.unit, 'Trạng thái', 'Tự chấm', 'Đã thẩm định', 'Giải trình chờ', 'Gửi lúc', 'Chốt lúc', 'Người thẩm định']}>
      {d.units.map((u) => {
        const who = assigned.get(u.unitId);
        return (
          <tr key={u.unitId} data-unit={u.unitId}>
            <td>
              <strong>{u.unitName}</strong>
              <div className="muted small">{u.unitId}</div>
            </td>
            <td>
              <span className={`badge status-${u.status}`} data-testid={`status-${u.unitId}`}>
                {labelOr(PROGRESS_LABELS, u.status)}
              </span>
            </td>
            <td className="num">
              {u.itemsSelfScored}/{u.itemsTotal}
            </td>
            <td className="num">
              {u.itemsAppraised}/{u.itemsTotal}
            </td>
            <td className="num">{u.openExplanations}</td>
            <td>{when(u.submittedAt)}</td>
            <td>{when(u.finalizedAt)}</td>
            <td className="small" data-testid={`appraisers-${u.unitId}`}>
              {who ? (
                <>
                  {who.teamName && <div>{who.teamName}</div>}
                  <div className="muted ids">{who.appraiserIds.join(', ')}</div>
                </>
              ) : (
                <span className="badge badge-warn">Chưa phân công</span>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

/** The province admin's view of a cycle: units by status (`cycleDashboard`), who appraises them, and assigning. */
export function CycleDashboardScreen() {
  const [cycleId, setCycleId] = useState('');
  const dash = useQuery<Dashboard>(CYCLE_DASHBOARD, { cycleId }, !cycleId);
  const assignments = useQuery<Assignments>(APPRAISAL_ASSIGNMENTS, { cycleId }, !cycleId);
  return (
    <Page
      title="Theo dõi kỳ đánh giá"
      intro="Tiến độ của các đơn vị trong kỳ: tự đánh giá, thẩm định, giải trình, chốt kết quả; phân công thẩm định."
    >
      <CyclePicker value={cycleId} onChange={setCycleId} />
      {cycleId && (
        <Loaded state={dash}>
          {(d) => (
            <>
              <Counts counts={d.cycleDashboard.counts} />
              <UnitsTable d={d.cycleDashboard} a={assignments.data?.appraisalAssignments} />
              {assignments.error && <ErrorNotice error={assignments.error} onRetry={assignments.reload} />}
              {assignments.data && (
                <AssignForm
                  cycleId={cycleId}
                  units={d.cycleDashboard.units}
                  version={assignments.data.appraisalAssignments.version}
                  onSaved={assignments.reload}
                />
              )}
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
