import { formatDateTimeVi, formatDay, formatNumberVi } from '../../format/format';
import { ErrorNotice, Notice } from '../../ui/ui';
import type { Assessment, Item } from './queries';
import type { RowState } from './use-self-assessment';

/** The codes a refusal to submit lists (`meta.unscored`, `meta.missingEvidence`), or none. */
function missingOf(state: RowState | undefined): { unscored: string[]; missingEvidence: string[] } {
  const meta = state?.error?.meta ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { unscored: list(meta['unscored']), missingEvidence: list(meta['missingEvidence']) };
}

function MissingList({ title, codes, items, testId }: { title: string; codes: string[]; items: Item[]; testId: string }) {
  if (codes.length === 0) return null;
  return (
    <div>
      <strong>{title}</strong>
      <ul data-testid={testId}>
        {codes.map((c) => (
          <li key={c}>
            <a href={`#item-${c}`}>{c}</a> — {items.find((i) => i.code === c)?.name ?? ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Completeness and "Gửi kết quả tự đánh giá" (`submitSelfAssessment`): what is scored, the deadline, and when
 * the server refuses, every item it names as missing; once submitted, when, and that nothing can be changed.
 */
export function SubmitPanel(props: { assessment: Assessment; items: Item[]; state: RowState | undefined; onSubmit(): void }) {
  const { assessment: a, state } = props;
  const c = a.completeness;
  if (a.status === 'SUBMITTED') {
    return (
      <section className="card submitted" aria-label="Kết quả tự đánh giá đã gửi">
        <Notice tone="ok">
          <span data-testid="submitted">Đã gửi kết quả tự đánh giá lúc {a.submittedAt ? formatDateTimeVi(a.submittedAt) : '—'}.</span> Kết
          quả đang chờ thẩm định và không sửa được nữa (Sở Nội vụ có thể mở lại khi cần).
        </Notice>
      </section>
    );
  }
  const missing = missingOf(state);
  return (
    <section className="card submit-panel" aria-label="Gửi kết quả tự đánh giá">
      <h2>Gửi kết quả tự đánh giá</h2>
      <p data-testid="completeness">
        Đã chấm {formatNumberVi(c.scored, 0)}/{formatNumberVi(c.applicable, 0)} tiêu chí
        {c.missingEvidence.length > 0 && `; thiếu tài liệu kiểm chứng hoặc giải trình: ${c.missingEvidence.join(', ')}`}.
        {c.deadline && ` Hạn cuối ${formatDay(c.deadline)}${c.deadlinePassed ? ' (đã quá hạn)' : ''}.`}
      </p>
      <button type="button" className="primary" onClick={props.onSubmit} disabled={state?.busy}>
        Gửi kết quả tự đánh giá
      </button>
      {state?.error && (
        <div className="refusal">
          <ErrorNotice error={state.error} />
          <MissingList title="Tiêu chí chưa chấm điểm:" codes={missing.unscored} items={props.items} testId="missing-unscored" />
          <MissingList
            title="Tiêu chí thiếu tài liệu kiểm chứng hoặc giải trình:"
            codes={missing.missingEvidence}
            items={props.items}
            testId="missing-evidence"
          />
        </div>
      )}
    </section>
  );
}
