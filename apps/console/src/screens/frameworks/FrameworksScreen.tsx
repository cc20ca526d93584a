import { useState } from 'react';
import { useQuery } from '../../graphql/hooks';
import { formatDay, formatPoints } from '../../format/format';
import { T } from '../../labels/labels';
import { Loaded, Page, Table } from '../../ui/ui';
import { FRAMEWORKS, type FrameworkSummary } from './queries';
import { FrameworkTreeView } from './FrameworkTreeView';
import { FrameworkDiffView } from './FrameworkDiffView';
import { AnnexImport } from './AnnexImport';

/** Province admin: the frameworks and their versions, a version's tree, the difference of two versions, annex import. */
export function FrameworksScreen() {
  const list = useQuery<{ frameworks: FrameworkSummary[] }>(FRAMEWORKS);
  const [selected, setSelected] = useState<{ id: string; version: number } | null>(null);
  const framework = list.data?.frameworks.find((f) => f.frameworkId === selected?.id);
  return (
    <Page title="Bộ tiêu chí" intro="Các bộ tiêu chí của tỉnh, các phiên bản đã ban hành và bản dự thảo.">
      <Loaded state={list}>
        {(d) => (
          <Table head={['Bộ tiêu chí', 'Cấp đánh giá', 'Phiên bản', T.decision, 'Hiệu lực', T.maxPoints, 'Dự thảo']}>
            {d.frameworks.flatMap((f) =>
              (f.versions.length ? f.versions : [null]).map((v, i) => (
                <tr key={`${f.frameworkId}-${v?.version ?? 'draft'}`}>
                  <td>
                    {i === 0 && <strong>{f.name}</strong>}
                    {i === 0 && <div className="muted">{f.frameworkId}</div>}
                  </td>
                  <td>{i === 0 && f.unitType}</td>
                  <td>
                    {v && (
                      <button type="button" className="link" onClick={() => setSelected({ id: f.frameworkId, version: v.version })}>
                        {T.version} {v.version}
                      </button>
                    )}
                  </td>
                  <td>{v ? `${v.decision.number} (${formatDay(v.decision.date)})` : '—'}</td>
                  <td>{v ? `${formatDay(v.validFrom)} – ${formatDay(v.validTo)}` : '—'}</td>
                  <td className="num">{v ? formatPoints(v.totalMaxPoints) : '—'}</td>
                  <td>{i === 0 && f.draft ? `${f.draft.name} (${formatPoints(f.draft.totalMaxPoints)} điểm)` : ''}</td>
                </tr>
              )),
            )}
          </Table>
        )}
      </Loaded>
      {framework && selected && (
        <>
          <FrameworkTreeView frameworkId={selected.id} version={selected.version} />
          {framework.versions.length > 1 && <FrameworkDiffView framework={framework} />}
        </>
      )}
      <AnnexImport onImported={list.reload} />
    </Page>
  );
}
