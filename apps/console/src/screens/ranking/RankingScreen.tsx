import { useState } from 'react';
import { useQuery } from '../../graphql/hooks';
import { formatPercent, formatPoints } from '../../format/format';
import { T } from '../../labels/labels';
import { CyclePicker } from '../../ui/pickers';
import { Loaded, Page, Table } from '../../ui/ui';

interface Row {
  rank: number;
  unitId: string;
  unit: { name: string };
  total: number;
  maxPoints: number;
  indexPercent: number;
  classCode: string | null;
  classLabel: string | null;
  components: { code: string; name: string; points: number; maxPoints: number }[];
}
const RANKING = `query($id: ID!) { ranking(cycleId: $id) { rank unitId unit { name } total maxPoints indexPercent classCode classLabel
  components { code name points maxPoints } } }`;

/** The cycle's ranking: rank, total of the maximum, index and class of every unit, points by component. */
export function RankingScreen() {
  const [cycleId, setCycleId] = useState('');
  const q = useQuery<{ ranking: Row[] }>(RANKING, { id: cycleId }, !cycleId);
  return (
    <Page title="Xếp hạng" intro="Kết quả xếp hạng Chỉ số CCHC của kỳ: tổng điểm, chỉ số và xếp loại.">
      <CyclePicker value={cycleId} onChange={setCycleId} />
      {cycleId && (
        <Loaded state={q}>
          {(d) =>
            d.ranking.length === 0 ? (
              <p>{T.none}</p>
            ) : (
              <Table head={['Hạng', T.unit, T.total, T.maxPoints, 'Chỉ số', 'Xếp loại', 'Theo lĩnh vực']}>
                {d.ranking.map((r) => (
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
