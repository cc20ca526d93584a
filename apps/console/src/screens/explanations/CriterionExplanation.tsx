import { useEffect, useRef, useState } from 'react';
import { formatFileSize } from '../../format/format';
import { GqlError } from '../../graphql/client';
import { gqlRequest, useQuery, useTransport } from '../../graphql/hooks';
import { T } from '../../labels/labels';
import { ErrorNotice, Field, Loaded, Notice } from '../../ui/ui';
import { EntryLine } from '../appraisal/ExplanationThreadView';
import { EXPLANATION_THREAD, type AppraisalItem, type Thread } from '../appraisal/queries';
import type { CriterionRef } from './explanation-view';
import { SUBMIT_EXPLANATION } from './queries';

interface Props {
  cycleId: string;
  unitId: string;
  criterion: CriterionRef;
  items: AppraisalItem[];
  /** The assessment's version the page read: sent as `expectedVersion`, and the thread is read again when it moves. */
  version: number;
  canExplain: boolean;
  locked: boolean;
  onChanged(): void;
}

/** The reply: text and the documents already attached to the criterion's items (by their SHA-256). */
function ReplyForm(props: Props & { threadOpen: boolean }) {
  const { criterion: c } = props;
  const transport = useTransport();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [state, setState] = useState<{ busy?: boolean; done?: boolean; error?: GqlError }>({});
  const files = props.items.flatMap((i) => i.evidence.map((f) => ({ ...f, itemCode: i.code })));
  const send = async () => {
    setState({ busy: true });
    const i = { cycleId: props.cycleId, unitId: props.unitId, code: c.code, text, evidenceSha256s: chosen, expectedVersion: props.version };
    try {
      await gqlRequest(transport, SUBMIT_EXPLANATION, { i });
      setText('');
      setChosen([]);
      setState({ done: true });
    } catch (e) {
      // what was typed stays; a conflict means the result changed meanwhile: read it again before sending
      setState({ error: e instanceof GqlError ? e : new GqlError(String(e), 'ERROR') });
    }
    props.onChanged();
  };
  return (
    <form
      className="decide-form"
      aria-label={`Giải trình tiêu chí ${c.code}`}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <Field label={`Nội dung giải trình ${c.code}`}>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} />
      </Field>
      {files.length > 0 && (
        <fieldset>
          <legend>Tài liệu kiểm chứng kèm theo (đã đính kèm khi tự đánh giá)</legend>
          {files.map((f) => (
            <label key={`${f.itemCode}-${f.sha256}`} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(f.sha256)}
                onChange={(e) => setChosen((s) => (e.target.checked ? [...s, f.sha256] : s.filter((h) => h !== f.sha256)))}
              />
              {f.fileName}{' '}
              <span className="muted small">
                ({f.itemCode}, {formatFileSize(f.size)})
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="primary" disabled={state.busy}>
        Gửi giải trình
      </button>
      {state.done && props.threadOpen && <Notice tone="ok">Đã gửi giải trình; người thẩm định sẽ quyết định.</Notice>}
      {state.error && <ErrorNotice error={state.error} />}
      {state.error?.code === 'CONCURRENCY_CONFLICT' && <Notice tone="error">{T.conflict}</Notice>}
    </form>
  );
}

/** One criterion: the thread of the unit's explanations and the appraiser's decisions, then the reply form. */
export function CriterionExplanation(props: Props) {
  const { cycleId, unitId, criterion: c } = props;
  const q = useQuery<{ explanationThread: Thread }>(EXPLANATION_THREAD, { cycleId, unitId, code: c.code });
  const { reload } = q;
  const seen = useRef(props.version);
  useEffect(() => {
    if (seen.current === props.version) return;
    seen.current = props.version;
    reload();
  }, [props.version, reload]);
  return (
    <section className="card" data-thread={c.code}>
      <h3>
        Giải trình tiêu chí {c.code}. {c.name}
      </h3>
      <Loaded state={q}>
        {(d) => (
          <>
            {d.explanationThread.entries.length === 0 ? (
              <p className="muted">Chưa có giải trình.</p>
            ) : (
              <>
                <p>
                  {d.explanationThread.open ? (
                    <span className="badge badge-warn">Đang chờ người thẩm định quyết định</span>
                  ) : (
                    <span className="badge">Đã quyết định</span>
                  )}
                </p>
                <ol className="thread">
                  {d.explanationThread.entries.map((e, i) => (
                    <EntryLine key={i} e={e} where={{ cycleId, unitId, items: props.items }} />
                  ))}
                </ol>
              </>
            )}
            {props.locked ? (
              <p className="muted">Kết quả thẩm định đã chốt; không giải trình thêm được.</p>
            ) : props.canExplain ? (
              <ReplyForm {...props} threadOpen={d.explanationThread.open} />
            ) : (
              <p className="muted">Chưa có kết quả thẩm định sơ bộ của tiêu chí này.</p>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
