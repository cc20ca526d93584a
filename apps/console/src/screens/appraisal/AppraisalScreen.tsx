import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTimeVi } from '../../format/format';
import { useQuery } from '../../graphql/hooks';
import { labelOr, PROGRESS_LABELS, T } from '../../labels/labels';
import { CyclePicker } from '../../ui/pickers';
import { ErrorNotice, Field, Loaded, Notice, Page } from '../../ui/ui';
import { remainingItems } from './appraisal-view';
import { AppraisalItemRow } from './AppraisalItemRow';
import { ExplanationThreadView, type Decision } from './ExplanationThreadView';
import {
  DECIDE_EXPLANATION,
  FINALIZE_APPRAISAL,
  MY_QUEUE,
  RECORD_APPRAISED_SCORE,
  type AppraisalAssessment,
  type QueueUnit,
} from './queries';
import { useAppraisal, type ActionState } from './use-appraisal';

/** The units of the appraiser's queue as a picker (the screen is also opened from the queue with `?ky=…&don-vi=…`). */
function QueueUnitPicker({ cycleId, value, onChange }: { cycleId: string; value: string; onChange(id: string): void }) {
  const q = useQuery<{ myAppraisalQueue: QueueUnit[] }>(MY_QUEUE, { cycleId }, !cycleId);
  if (q.error) return <ErrorNotice error={q.error} onRetry={q.reload} />;
  const units = q.data?.myAppraisalQueue ?? [];
  return (
    <Field label={T.unit}>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={T.chooseUnit}>
        <option value="">{T.chooseUnit}</option>
        {units.map((u) => (
          <option key={u.unitId} value={u.unitId}>
            {u.unitName} ({labelOr(PROGRESS_LABELS, u.status)})
          </option>
        ))}
      </select>
    </Field>
  );
}

/** "Chốt kết quả thẩm định": the server refuses while items are missing or an explanation is open, and says which. */
function FinalizeBar({ a, state, onFinalize }: { a: AppraisalAssessment; state: ActionState | undefined; onFinalize(): void }) {
  const left = remainingItems(a.items);
  if (a.finalizedAt) return <Notice tone="ok">Đã chốt kết quả thẩm định lúc {formatDateTimeVi(a.finalizedAt)}.</Notice>;
  return (
    <section className="card finalize">
      <p>
        {left.length === 0
          ? 'Mọi tiêu chí đã có điểm thẩm định.'
          : `Còn ${left.length} tiêu chí chưa có điểm thẩm định: ${left.join(', ')}.`}
      </p>
      <button type="button" className="primary" disabled={state?.busy} onClick={onFinalize}>
        Chốt kết quả thẩm định
      </button>
      {state?.error && <ErrorNotice error={state.error} />}
    </section>
  );
}

function AppraisalBody({
  a,
  actions,
  run,
}: {
  a: AppraisalAssessment;
  actions: Record<string, ActionState>;
  run: ReturnType<typeof useAppraisal>['run'];
}) {
  const locked = a.finalizedAt !== null;
  const decide = (d: Decision) => void run(`thread-${d.code}`, DECIDE_EXPLANATION, 'decideExplanation', { ...d });
  return (
    <>
      <p className="muted">
        {a.unit.name} ({a.unitId}) — gửi kết quả tự đánh giá: {a.submittedAt ? formatDateTimeVi(a.submittedAt) : 'chưa gửi'}; phiên bản dữ
        liệu <span data-testid="assessment-version">{a.version}</span>.
      </p>
      <ul className="score-list">
        {a.items.map((item) => (
          <AppraisalItemRow
            key={`${item.code}-${item.appraisedScore ?? ''}`}
            item={item}
            cycleId={a.cycleId}
            unitId={a.unitId}
            state={actions[item.code]}
            locked={locked}
            onSave={(score, reason) =>
              void run(item.code, RECORD_APPRAISED_SCORE, 'recordAppraisedScore', {
                subCriterionCode: item.code,
                score,
                reason: reason.trim() || null,
              })
            }
          />
        ))}
      </ul>
      <h2>Giải trình của đơn vị</h2>
      {a.explanationThreads.length === 0 && <p className="muted">Đơn vị chưa giải trình tiêu chí nào.</p>}
      {a.explanationThreads.map((t) => (
        <ExplanationThreadView
          key={`${t.code}-${a.version}`}
          cycleId={a.cycleId}
          unitId={a.unitId}
          code={t.code}
          items={a.items}
          state={actions[`thread-${t.code}`]}
          locked={locked}
          onDecide={decide}
        />
      ))}
      <FinalizeBar a={a} state={actions['finalize']} onFinalize={() => void run('finalize', FINALIZE_APPRAISAL, 'finalizeAppraisal', {})} />
    </>
  );
}

/**
 * The appraiser's work on one unit: each sub-criterion side by side (self score or figures, evidence, the appraised
 * score and its reason), the explanation threads with the decision, and the final appraisal.
 */
export function AppraisalScreen() {
  const [params, setParams] = useSearchParams();
  const [cycleId, setCycleId] = useState(params.get('ky') ?? '');
  const unitId = params.get('don-vi') ?? '';
  const { q, assessment, actions, conflict, run, reset } = useAppraisal(cycleId, unitId);
  const choose = (ky: string, donVi: string) => {
    setCycleId(ky);
    setParams(donVi ? { ky, 'don-vi': donVi } : { ky }, { replace: true });
    reset();
  };
  return (
    <Page
      title="Thẩm định đơn vị"
      intro="Đối chiếu kết quả tự đánh giá với tài liệu kiểm chứng, chấm điểm thẩm định và ghi lý do khi khác điểm tự chấm."
    >
      <div className="row">
        <CyclePicker value={cycleId} onChange={(id) => id !== cycleId && choose(id, id === params.get('ky') ? unitId : '')} />
        {cycleId && <QueueUnitPicker cycleId={cycleId} value={unitId} onChange={(id) => choose(cycleId, id)} />}
      </div>
      {conflict && <Notice tone="error">{T.conflict}</Notice>}
      {cycleId && unitId && <Loaded state={q}>{() => assessment && <AppraisalBody a={assessment} actions={actions} run={run} />}</Loaded>}
    </Page>
  );
}
