import { useState } from 'react';
import { useAuth } from '../../auth/auth';
import { formatPoints } from '../../format/format';
import { useQuery } from '../../graphql/hooks';
import { T } from '../../labels/labels';
import { CyclePicker, UnitPicker } from '../../ui/pickers';
import { Loaded, Notice, Page } from '../../ui/ui';
import { CYCLE_FRAMEWORK, type Assessment, type CycleFramework, type Item } from './queries';
import { ItemFiling } from './ItemFiling';
import { ScoreRow } from './ScoreRow';
import { SubmitPanel } from './SubmitPanel';
import { useSelfAssessment } from './use-self-assessment';

type Actions = ReturnType<typeof useSelfAssessment>;

/** One component of the framework with its scoring items, the unit's scores, evidence and explanations. */
function ComponentScores(props: {
  component: { code: string; name: string; maxPoints: number };
  items: Item[];
  assessment: Assessment | undefined;
  cycleId: string;
  unitId: string;
  actions: Actions;
}) {
  const { component: c, assessment, actions } = props;
  const { rows } = actions;
  const locked = assessment?.status === 'SUBMITTED';
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
            const filing = assessment?.items.find((x) => x.code === item.code);
            const row = rows[`score:${item.code}`];
            return (
              <ScoreRow
                key={`${item.code}-${s?.selfScore ?? ''}`}
                item={item}
                selfScore={s?.selfScore ?? null}
                appraisedScore={s?.appraisedScore ?? null}
                {...(na && { notApplicable: na.reason })}
                busy={row?.busy ?? false}
                saved={row?.done !== undefined}
                {...(row?.error && { error: row.error })}
                locked={locked}
                onSave={(score, note) => void actions.saveScore(item, score, note)}
              >
                {filing && !na && (
                  <ItemFiling
                    cycleId={props.cycleId}
                    unitId={props.unitId}
                    filing={filing}
                    locked={locked}
                    rows={rows}
                    onAttach={(code, f) => void actions.attach(code, f)}
                    onDetach={(code, sha, name) => void actions.detach(code, sha, name)}
                    onExplain={(code, text) => void actions.explain(code, text)}
                  />
                )}
              </ScoreRow>
            );
          })}
      </ul>
    </section>
  );
}

/**
 * The unit's self-assessment: the cycle's framework item by item with the unit's scores, evidence documents
 * (uploaded as GraphQL multipart, the type checked by the server from the content) and explanations where evidence
 * is missing, then the submission; every change sends the stream version it was read at (`expectedVersion`).
 */
export function SelfAssessmentScreen() {
  const { session } = useAuth();
  const [cycleId, setCycleId] = useState('');
  const [chosenUnit, setChosenUnit] = useState('');
  const unitId = session.unitId ?? chosenUnit;
  const fw = useQuery<CycleFramework>(CYCLE_FRAMEWORK, { id: cycleId }, !cycleId);
  const actions = useSelfAssessment(cycleId, unitId);
  const { as, assessment, conflict, reset } = actions;
  const framework = fw.data?.cycle?.pinnedFramework;
  return (
    <Page
      title="Tự đánh giá"
      intro="Đơn vị tự chấm điểm từng tiêu chí thành phần, đính kèm tài liệu kiểm chứng rồi gửi kết quả để thẩm định."
    >
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
                    {assessment?.status === 'SUBMITTED' && (
                      <SubmitPanel
                        assessment={assessment}
                        items={framework.items}
                        state={actions.rows['submit']}
                        onSubmit={actions.submit}
                      />
                    )}
                    {framework.components.map((c) => (
                      <ComponentScores
                        key={c.code}
                        component={c}
                        items={framework.items}
                        assessment={assessment}
                        cycleId={cycleId}
                        unitId={unitId}
                        actions={actions}
                      />
                    ))}
                    {assessment && assessment.status !== 'SUBMITTED' && (
                      <SubmitPanel
                        assessment={assessment}
                        items={framework.items}
                        state={actions.rows['submit']}
                        onSubmit={actions.submit}
                      />
                    )}
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
