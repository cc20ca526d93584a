import { useState, type ReactNode } from 'react';
import { formatPoints } from '../../format/format';
import type { GqlError } from '../../graphql/client';
import { ErrorNotice, Notice } from '../../ui/ui';
import type { Item } from './queries';
import { parseScore } from './parse-score';
import { labelOr, METHOD_LABELS } from '../../labels/labels';

/** Methods whose points the unit scores itself (survey and satisfaction points come from the surveys). */
const SELF_ASSESSED = new Set(['appraised', 'indicator', 'mixed', 'APPRAISED', 'INDICATOR', 'MIXED']);

/** One sub-criterion: its maximum and step, the unit's self score and the appraised one, and the entry form. */
export function ScoreRow(props: {
  item: Item;
  selfScore: number | null;
  appraisedScore: number | null;
  notApplicable?: string;
  busy: boolean;
  saved?: boolean;
  error?: GqlError;
  /** Submitted for appraisal: read only. */
  locked?: boolean;
  onSave(score: number, note: string): void;
  /** The item's evidence and explanation, under the score. */
  children?: ReactNode;
}) {
  const { item, selfScore, appraisedScore } = props;
  const [value, setValue] = useState(selfScore === null ? '' : formatPoints(selfScore));
  const [note, setNote] = useState('');
  const inputId = `score-${item.code}`;
  return (
    <li className="score-row" data-code={item.code} id={`item-${item.code}`}>
      <div className="score-head">
        <span className="node-code">{item.code}</span>
        <span className="node-name">{item.name}</span>
      </div>
      <div className="score-facts">
        <span>Tối đa {formatPoints(item.maxPoints)}</span>
        {item.step !== null && <span>Bước {formatPoints(item.step)}</span>}
        <span>
          Tự chấm: <strong data-testid={`self-${item.code}`}>{formatPoints(selfScore)}</strong>
        </span>
        <span>Thẩm định: {formatPoints(appraisedScore)}</span>
        {props.notApplicable && <span className="badge">Không áp dụng: {props.notApplicable}</span>}
      </div>
      {props.locked ? null : !SELF_ASSESSED.has(item.method) ? (
        <p className="muted small">
          Điểm của tiêu chí này lấy từ {labelOr(METHOD_LABELS, item.method.toUpperCase()).toLowerCase()}, đơn vị không tự chấm.
        </p>
      ) : (
        <form
          className="score-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSave(parseScore(value), note);
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            Điểm tự chấm {item.code}
          </label>
          <input
            id={inputId}
            inputMode="decimal"
            placeholder="Điểm"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={props.error ? `${inputId}-error` : undefined}
            required
          />
          <input
            aria-label={`Ghi chú ${item.code}`}
            placeholder="Ghi chú, căn cứ"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
          />
          <button type="submit" className="primary" disabled={props.busy}>
            Lưu điểm
          </button>
        </form>
      )}
      {props.saved && <Notice tone="ok">Đã lưu điểm {formatPoints(selfScore)}.</Notice>}
      {props.error && (
        <div id={`${inputId}-error`}>
          <ErrorNotice error={props.error} />
        </div>
      )}
      {SELF_ASSESSED.has(item.method) && props.children}
    </li>
  );
}
