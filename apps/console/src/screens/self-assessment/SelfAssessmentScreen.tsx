import { useCallback, useState } from 'react';
import { useAuth } from '../../auth/auth';
import { GqlError } from '../../graphql/client';
import { gqlRequest, useQuery, useTransport } from '../../graphql/hooks';
import { formatPoints } from '../../format/format';
import { T } from '../../labels/labels';
import { CyclePicker, UnitPicker } from '../../ui/pickers';
import { Loaded, Notice, Page } from '../../ui/ui';
import { ASSESSMENT, CYCLE_FRAMEWORK, RECORD_SELF_SCORE, type Assessment, type CycleFramework, type Item } from './queries';
import { ScoreRow } from './ScoreRow';

const NOT_A_NUMBER = 'Điểm phải là một số (ví dụ 1,5).';

interface RowState {
  busy?: boolean;
  saved?: boolean;
  error?: GqlError;
}

/** One component of the framework with its scoring items and the unit's scores. */
function ComponentScores(props: {
  component: { code: string; name: string; maxPoints: number };
  items: Item[];
  assessment: Assessment | undefined;
  rows: Record<string, RowState>;
  onSave(item: Item, score: number, note: string): Promise<void>;
}) {
  const { component: c, assessment, rows } = props;
  return (
    <section className="card">
      <h2>
        {c.code}. {c.name} ({formatPoints(c.maxPoints)} điểm)
      </h2>
      <ul className="score-list">
        {props.items
          .filter((i) => i.componentCode === c.code)
          .map((item) => {
            const s = assessment?.scores.find((x) => x.subCriterionCode === item.code);
            const na = assessment?.notApplicable.find((x) => x.code === item.code);
            return (
              <ScoreRow
                key={`${item.code}-${s?.selfScore ?? ''}`}
                item={item}
                selfScore={s?.selfScore ?? null}
                appraisedScore={s?.appraisedScore ?? null}
                {...(na && { notApplicable: na.reason })}
                busy={rows[item.code]?.busy ?? false}
                saved={rows[item.code]?.saved ?? false}
                {...(rows[item.code]?.error && { error: rows[item.code]!.error! })}
                onSave={(score, note) => void props.onSave(item, score, note)}
              />
            );
          })}
      </ul>
    </section>
  );
}

/**
 * The unit's scores and saving one: each save sends the version the scores were read at (`expectedVersion`); a
 * `CONCURRENCY_CONFLICT` reloads the scores and raises `conflict`, every other error stays on its row.
 */
function useSelfScores(cycleId: string, unitId: string) {
  const transport = useTransport();
  const as = useQuery<{ assessment: Assessment }>(ASSESSMENT, { cycleId, unitId }, !cycleId || !unitId);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const [conflict, setConflict] = useState(false);
  const assessment = saved && as.data && saved.version >= as.data.assessment.version ? saved : as.data?.assessment;
  const save = useCallback(
    async (item: Item, score: number, note: string) => {
      if (!Number.isFinite(score)) {
        setRows((r) => ({ ...r, [item.code]: { error: new GqlError(NOT_A_NUMBER, 'SCORE_INVALID') } }));
        return;
      }
      setRows((r) => ({ ...r, [item.code]: { busy: true } }));
      setConflict(false);
      const expectedVersion = assessment?.version ?? 0;
      const input = { cycleId, unitId, subCriterionCode: item.code, score, ...(note && { note }), expectedVersion };
      try {
        const res = await gqlRequest<{ recordSelfScore: Assessment }>(transport, RECORD_SELF_SCORE, { i: input });
        setSaved(res.recordSelfScore);
        setRows((r) => ({ ...r, [item.code]: { saved: true } }));
      } catch (e) {
        const error = e instanceof GqlError ? e : new GqlError(String(e), 'ERROR');
        setRows((r) => ({ ...r, [item.code]: { error } }));
        if (error.code === 'CONCURRENCY_CONFLICT') {
          setConflict(true);
          setSaved(null);
          as.reload();
        }
      }
    },
    [cycleId, unitId, assessment, transport, as],
  );
  const reset = useCallback(() => {
    setSaved(null);
    setRows({});
    setConflict(false);
  }, []);
  return { as, assessment, rows, conflict, save, reset };
}

/**
 * The unit's self-assessment: the cycle's framework item by item with the unit's scores, and a score entered with
 * the stream version it was read at (`expectedVersion`); the server checks range and step and reports a conflict.
 */
export function SelfAssessmentScreen() {
  const { session } = useAuth();
  const [cycleId, setCycleId] = useState('');
  const [chosenUnit, setChosenUnit] = useState('');
  const unitId = session.unitId ?? chosenUnit;
  const fw = useQuery<CycleFramework>(CYCLE_FRAMEWORK, { id: cycleId }, !cycleId);
  const { as, assessment, rows, conflict, save, reset } = useSelfScores(cycleId, unitId);
  const framework = fw.data?.cycle?.pinnedFramework;
  return (
    <Page title="Tự đánh giá" intro="Đơn vị tự chấm điểm từng tiêu chí thành phần của bộ tiêu chí của kỳ.">
      <div className="row">
        <CyclePicker value={cycleId} onChange={(id) => (setCycleId(id), reset())} />
        {!session.unitId && cycleId && <UnitPicker cycleId={cycleId} value={chosenUnit} onChange={(id) => (setChosenUnit(id), reset())} />}
      </div>
      {conflict && <Notice tone="error">{T.conflict}</Notice>}
      {cycleId && unitId && (
        <Loaded state={fw}>
          {() =>
            !framework ? (
              <p>{T.none}</p>
            ) : (
              <Loaded state={as}>
                {() => (
                  <>
                    <p className="muted">
                      {framework.name} — {formatPoints(framework.totalMaxPoints)} điểm. Đơn vị {unitId}, phiên bản dữ liệu{' '}
                      <span data-testid="assessment-version">{assessment?.version ?? 0}</span>.
                    </p>
                    {framework.components.map((c) => (
                      <ComponentScores
                        key={c.code}
                        component={c}
                        items={framework.items}
                        assessment={assessment}
                        rows={rows}
                        onSave={save}
                      />
                    ))}
                  </>
                )}
              </Loaded>
            )
          }
        </Loaded>
      )}
    </Page>
  );
}
