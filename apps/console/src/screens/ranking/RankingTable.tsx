import { formatPercent, formatPoints } from '../../format/format';
import { T } from '../../labels/labels';
import { Table } from '../../ui/ui';
import type { Row } from './queries';

/** Rank, total of the maximum, index and class of every unit, points by component; appraisal state when provisional. */
export function RankingTable({ rows, provisional }: { rows: Row[]; provisional: boolean }) {
  if (rows.length === 0) return <p>{T.none}</p>;
  const head = ['Hạng', T.unit, T.total, T.maxPoints, 'Chỉ số', 'Xếp loại', 'Theo lĩnh vực', ...(provisional ? ['Thẩm định'] : [])];
  return (
    <Table head={head}>
      {rows.map((r) => (
        <tr key={r.unitId}>
          <td className="num">
            <strong>{r.rank}</strong>
          </td>
          <td>{r.unit.name}</td>
          <td className="num">{formatPoints(r.total)}</td>
          <td className="num">{formatPoints(r.maxPoints)}</td>
          <td className="num">{formatPercent(r.indexPercent)}</td>
          <td>{r.classLabel ? <span className={`badge class-${r.classCode ?? ''}`}>{r.classLabel}</span> : '—'}</td>
          <td className="muted small">
            {r.components.map((c) => `${c.code}: ${formatPoints(c.points)}/${formatPoints(c.maxPoints)}`).join(' · ')}
            {r.unscoredItems > 0 && <div>Chưa chấm {r.unscoredItems} tiêu chí</div>}
          </td>
          {provisional && (
            <td>{r.appraisalFinal ? <span className="badge">Đã chốt</span> : <span className="badge badge-warn">Chưa chốt</span>}</td>
          )}
        </tr>
      ))}
    </Table>
  );
}
