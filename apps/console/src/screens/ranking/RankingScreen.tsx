import { useState } from 'react';
import { useAuth } from '../../auth/auth';
import { formatDateTimeVi } from '../../format/format';
import { useQuery } from '../../graphql/hooks';
import { CyclePicker } from '../../ui/pickers';
import { Field, Loaded, Page } from '../../ui/ui';
import { PublishForm } from './PublishForm';
import { OFFICIAL, PROVISIONAL, VERSIONS, type Official, type Row, type Version } from './queries';
import { officialHeading, rankingViews, versionLabel, type RankingView } from './ranking-view';
import { RankingTable } from './RankingTable';

const VIEW_LABELS: Record<RankingView, string> = { provisional: 'Tạm thời', official: 'Chính thức' };

function ProvisionalRanking({ cycleId }: { cycleId: string }) {
  const q = useQuery<{ provisionalRanking: Row[] }>(PROVISIONAL, { id: cycleId });
  return (
    <>
      <h2 data-testid="ranking-kind">Tạm thời — tính trực tiếp từ điểm, chưa công bố</h2>
      <Loaded state={q}>{(d) => <RankingTable rows={d.provisionalRanking} provisional />}</Loaded>
    </>
  );
}

function OfficialRanking({ cycleId, versions }: { cycleId: string; versions: Version[] }) {
  const [version, setVersion] = useState<number | null>(null);
  const q = useQuery<Official>(OFFICIAL, { id: cycleId, ...(version !== null && { v: version }) });
  if (versions.length === 0) return <p data-testid="ranking-kind">Chưa công bố kết quả chính thức.</p>;
  return (
    <>
      {versions.length > 1 && (
        <Field label="Phiên bản chính thức">
          <select value={version ?? ''} onChange={(e) => setVersion(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Mới nhất</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {versionLabel(v)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Loaded state={q}>
        {(d) =>
          !d.officialRanking ? (
            <p data-testid="ranking-kind">Chưa công bố kết quả chính thức.</p>
          ) : (
            <>
              <h2 data-testid="ranking-kind">{officialHeading(d.officialRanking.version)}</h2>
              <p className="muted small">
                {d.officialRanking.version.signer && `Người ký: ${d.officialRanking.version.signer}. `}
                Ghi nhận lúc {formatDateTimeVi(d.officialRanking.version.publishedAt)}
                {d.officialRanking.version.publishedByName && ` bởi ${d.officialRanking.version.publishedByName}`}.
                {d.officialRanking.version.reason && ` Lý do điều chỉnh: ${d.officialRanking.version.reason}`}
              </p>
              <RankingTable rows={d.officialRanking.rows} provisional={false} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

/**
 * The cycle's ranking: provisional (straight from the scores; the DHA and appraisers) or official (published by
 * decision, with its versions; everyone), and the DHA's publication by decision.
 */
export function RankingScreen() {
  const { session } = useAuth();
  const views = rankingViews(session.roles);
  const [cycleId, setCycleId] = useState('');
  const [view, setView] = useState<RankingView>(views[0]!);
  const versions = useQuery<{ rankingVersions: Version[] }>(VERSIONS, { id: cycleId }, !cycleId);
  const published = versions.data?.rankingVersions ?? [];
  return (
    <Page title="Xếp hạng" intro="Kết quả xếp hạng Chỉ số CCHC của kỳ: tổng điểm, chỉ số và xếp loại.">
      <div className="row">
        <CyclePicker value={cycleId} onChange={setCycleId} />
        {views.length > 1 && (
          <div className="tabs" role="group" aria-label="Loại kết quả">
            {views.map((v) => (
              <button
                key={v}
                type="button"
                className={view === v ? 'primary' : undefined}
                aria-pressed={view === v}
                onClick={() => setView(v)}
              >
                {VIEW_LABELS[v]}
              </button>
            ))}
          </div>
        )}
      </div>
      {cycleId && (
        <Loaded state={versions}>
          {() => (
            <>
              {view === 'provisional' ? (
                <ProvisionalRanking key={cycleId} cycleId={cycleId} />
              ) : (
                <OfficialRanking key={`${cycleId}-${published.length}`} cycleId={cycleId} versions={published} />
              )}
              {session.roles.includes('dha_admin') && published.length === 0 && (
                <PublishForm
                  cycleId={cycleId}
                  onPublished={() => {
                    versions.reload();
                    setView('official');
                  }}
                />
              )}
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
