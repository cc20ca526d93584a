import { useState } from 'react';
import { formatPoints } from '../../format/format';
import { GqlError } from '../../graphql/client';
import { ErrorNotice, Notice } from '../../ui/ui';
import { parseScore } from '../self-assessment/parse-score';
import { selfSide } from './appraisal-view';
import { EvidenceList } from './EvidenceList';
import type { AppraisalItem } from './queries';
import type { ActionState } from './use-appraisal';

const NOT_A_NUMBER = new GqlError('Điểm phải là một số (ví dụ 1,5).', 'SCORE_INVALID');

/** One sub-criterion side by side: what the unit scored and sent, and the appraiser's score with its reason. */
export function AppraisalItemRow(props: {
  item: AppraisalItem;
  cycleId: string;
  unitId: string;
  state: ActionState | undefined;
  locked: boolean;
  onSave(score: number, reason: string): void;
}) {
  const { item, state } = props;
  const self = selfSide(item);
  const [value, setValue] = useState(item.appraisedScore === null ? '' : formatPoints(item.appraisedScore));
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<GqlError | undefined>();
  const id = `appraised-${item.code}`;
  const error = localError ?? state?.error;
  return (
    <li className="appraisal-row" data-code={item.code}>
      <div className="score-head">
        <span className="node-code">{item.code}</span>
        <span className="node-name">{item.name}</span>
        <span className="node-max">Tối đa {formatPoints(item.maxPoints)}</span>
      </div>
      <div className="side-by-side">
        <div className="side">
          <h3>Đơn vị tự đánh giá</h3>
          <p>
            Điểm tự chấm: <strong data-testid={`self-${item.code}`}>{self.score}</strong> <span className="badge">{item.statusLabel}</span>
          </p>
          {self.figures && <p>Số liệu: {self.figures}</p>}
          {self.explanation && <p className="muted small">{self.explanation}</p>}
          <p className="muted small">Cách chấm: {item.ruleDescription}</p>
          {item.note && <p className="small">Ghi chú của đơn vị: {item.note}</p>}
          <div className="small">
            Tài liệu kiểm chứng{item.evidenceRequired ? ' (bắt buộc)' : ''}:{' '}
            <EvidenceList cycleId={props.cycleId} unitId={props.unitId} files={item.evidence} />
          </div>
          {item.explanation && <p className="small">Giải trình của đơn vị: {item.explanation}</p>}
        </div>
        <div className="side">
          <h3>Thẩm định</h3>
          <p>
            Điểm thẩm định: <strong data-testid={`appraised-${item.code}`}>{formatPoints(item.appraisedScore)}</strong>
          </p>
          <form
            className="appraisal-form"
            onSubmit={(e) => {
              e.preventDefault();
              const score = parseScore(value);
              setLocalError(Number.isFinite(score) ? undefined : NOT_A_NUMBER);
              if (Number.isFinite(score)) props.onSave(score, reason);
            }}
          >
            <label htmlFor={id}>Điểm thẩm định {item.code}</label>
            <input id={id} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required disabled={props.locked} />
            <label htmlFor={`${id}-reason`}>Lý do {item.code}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              placeholder="Bắt buộc khi khác điểm tự chấm"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={2000}
              disabled={props.locked}
            />
            <button type="submit" className="primary" disabled={props.locked || state?.busy}>
              Lưu điểm thẩm định
            </button>
          </form>
          {state?.done && !error && <Notice tone="ok">Đã lưu điểm thẩm định {formatPoints(item.appraisedScore)}.</Notice>}
          {error && <ErrorNotice error={error} />}
        </div>
      </div>
    </li>
  );
}
