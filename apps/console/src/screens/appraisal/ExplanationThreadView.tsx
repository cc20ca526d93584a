import { useState } from 'react';
import { formatDateTimeVi, formatPoints } from '../../format/format';
import { GqlError } from '../../graphql/client';
import { useQuery } from '../../graphql/hooks';
import { EXPLANATION_LABELS, labelOr } from '../../labels/labels';
import { ErrorNotice, Field, Loaded, Notice } from '../../ui/ui';
import { parseScore } from '../self-assessment/parse-score';
import { evidenceOfEntry, itemsOfNode } from './appraisal-view';
import { EvidenceList } from './EvidenceList';
import { EXPLANATION_THREAD, type AppraisalItem, type Thread, type ThreadEntry } from './queries';
import type { ActionState } from './use-appraisal';

export interface Decision {
  code: string;
  outcome: 'KEPT' | 'CHANGED';
  subCriterionCode?: string;
  score?: number;
  reason: string;
}

interface Where {
  cycleId: string;
  unitId: string;
  items: AppraisalItem[];
}

/** The documents an explanation points to: those attached to the node's items can be downloaded, others are named by hash. */
function EntryEvidence({ shas, cycleId, unitId, items }: { shas: string[] } & Where) {
  const { known, unknown } = evidenceOfEntry(shas, items);
  return (
    <div className="small">
      Tài liệu kèm theo: {known.length > 0 && <EvidenceList cycleId={cycleId} unitId={unitId} files={known} />}
      {unknown.length > 0 && (
        <span className="muted">Tài liệu chưa đính kèm vào tiêu chí: {unknown.map((h) => h.slice(0, 12)).join(', ')}</span>
      )}
    </div>
  );
}

/** One entry of a thread: when, who, the explanation with its documents, or the decision with its reason. */
export function EntryLine({ e, where }: { e: ThreadEntry; where: Where }) {
  const who = e.actorName ? ` — ${e.actorName}` : '';
  return (
    <li className={`thread-entry thread-${e.kind.toLowerCase()}`}>
      <div className="muted small">
        {formatDateTimeVi(e.at)}
        {who}
      </div>
      <strong>{labelOr(EXPLANATION_LABELS, e.outcome ?? e.kind)}</strong>
      {e.kind === 'EXPLANATION' && e.text && <p>{e.text}</p>}
      {e.kind === 'EXPLANATION' && e.evidenceSha256s.length > 0 && <EntryEvidence shas={e.evidenceSha256s} {...where} />}
      {e.outcome === 'CHANGED' && (
        <p>
          Tiêu chí {e.subCriterionCode}: {formatPoints(e.previousScore)} → {formatPoints(e.score)}
        </p>
      )}
      {e.reason && <p>Lý do: {e.reason}</p>}
    </li>
  );
}

/** The appraiser decides again on an open explanation: keep the result, or change one sub-criterion's score. */
function DecideForm({
  code,
  items,
  state,
  onDecide,
}: {
  code: string;
  items: AppraisalItem[];
  state: ActionState | undefined;
  onDecide(d: Decision): void;
}) {
  const [outcome, setOutcome] = useState<'KEPT' | 'CHANGED'>('KEPT');
  const [sub, setSub] = useState(items[0]?.code ?? '');
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<GqlError | undefined>();
  const submit = () => {
    if (outcome === 'KEPT') return onDecide({ code, outcome, reason });
    const value = parseScore(score);
    if (!Number.isFinite(value)) return setLocalError(new GqlError('Điểm phải là một số (ví dụ 1,5).', 'SCORE_INVALID'));
    setLocalError(undefined);
    onDecide({ code, outcome, subCriterionCode: sub, score: value, reason });
  };
  const error = localError ?? state?.error;
  return (
    <form
      className="decide-form"
      aria-label={`Quyết định về giải trình ${code}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend>Quyết định lại</legend>
        {(['KEPT', 'CHANGED'] as const).map((o) => (
          <label key={o} className="choice">
            <input type="radio" name={`outcome-${code}`} checked={outcome === o} onChange={() => setOutcome(o)} />
            {labelOr(EXPLANATION_LABELS, o)}
          </label>
        ))}
      </fieldset>
      {outcome === 'CHANGED' && (
        <div className="row">
          <Field label="Tiêu chí thành phần">
            <select value={sub} onChange={(e) => setSub(e.target.value)}>
              {items.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} (tối đa {formatPoints(i.maxPoints)})
                </option>
              ))}
            </select>
          </Field>
          <Field label={`Điểm mới ${code}`}>
            <input inputMode="decimal" value={score} onChange={(e) => setScore(e.target.value)} size={6} />
          </Field>
        </div>
      )}
      <Field label={`Lý do quyết định ${code}`}>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
      </Field>
      <button type="submit" className="primary" disabled={state?.busy}>
        Ghi quyết định
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

/**
 * One explanation thread (`explanationThread`): the unit's explanations and the decisions, then the decide form.
 * The parent keys it by the assessment's version, so it reads the thread again after every change.
 */
export function ExplanationThreadView(props: {
  cycleId: string;
  unitId: string;
  code: string;
  items: AppraisalItem[];
  state: ActionState | undefined;
  locked: boolean;
  onDecide(d: Decision): void;
}) {
  const { cycleId, unitId, code } = props;
  const q = useQuery<{ explanationThread: Thread }>(EXPLANATION_THREAD, { cycleId, unitId, code });
  return (
    <section className="card" data-thread={code}>
      <h3>Giải trình tiêu chí {code}</h3>
      <Loaded state={q}>
        {(d) => (
          <>
            <p>
              {d.explanationThread.open ? (
                <span className="badge badge-warn">Đang chờ quyết định</span>
              ) : (
                <span className="badge">Đã quyết định</span>
              )}
            </p>
            <ol className="thread">
              {d.explanationThread.entries.map((e, i) => (
                <EntryLine key={i} e={e} where={{ cycleId, unitId, items: itemsOfNode(code, props.items) }} />
              ))}
            </ol>
            {d.explanationThread.open && !props.locked && (
              <DecideForm code={code} items={itemsOfNode(code, props.items)} state={props.state} onDecide={props.onDecide} />
            )}
            {props.state?.done && <Notice tone="ok">Đã ghi quyết định.</Notice>}
          </>
        )}
      </Loaded>
    </section>
  );
}
