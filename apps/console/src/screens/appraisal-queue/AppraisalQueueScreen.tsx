import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTimeVi } from '../../format/format';
import { useQuery } from '../../graphql/hooks';
import { labelOr, PROGRESS_LABELS, T } from '../../labels/labels';
import { CyclePicker } from '../../ui/pickers';
import { Loaded, Page, Table } from '../../ui/ui';
import { MY_QUEUE, type QueueUnit } from '../appraisal/queries';

const when = (iso: string | null) => (iso ? formatDateTimeVi(iso) : '—');

/** The units assigned to the signed-in appraiser in a cycle, with their status and progress (`myAppraisalQueue`). */
export function AppraisalQueueScreen() {
  const [cycleId, setCycleId] = useState('');
  const q = useQuery<{ myAppraisalQueue: QueueUnit[] }>(MY_QUEUE, { cycleId }, !cycleId);
  return (
    <Page title="Hàng đợi thẩm định" intro="Các đơn vị được phân công cho bạn thẩm định trong kỳ, kèm trạng thái và tiến độ.">
      <CyclePicker value={cycleId} onChange={setCycleId} />
      {cycleId && (
        <Loaded state={q}>
          {(d) =>
            d.myAppraisalQueue.length === 0 ? (
              <p>Bạn chưa được phân công thẩm định đơn vị nào trong kỳ này.</p>
            ) : (
              <Table head={[T.unit, 'Trạng thái', 'Tự chấm', 'Đã thẩm định', 'Giải trình chờ', 'Gửi lúc', 'Chốt lúc', '']}>
                {d.myAppraisalQueue.map((u) => (
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
                    <td className="num" data-testid={`appraised-count-${u.unitId}`}>
                      {u.itemsAppraised}/{u.itemsTotal}
                    </td>
                    <td className="num">{u.openExplanations}</td>
                    <td>{when(u.submittedAt)}</td>
                    <td>{when(u.finalizedAt)}</td>
                    <td>
                      <Link to={`/tham-dinh?ky=${encodeURIComponent(cycleId)}&don-vi=${encodeURIComponent(u.unitId)}`}>Thẩm định</Link>
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
