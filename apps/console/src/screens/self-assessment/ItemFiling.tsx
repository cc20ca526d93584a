import { useState, type DragEvent } from 'react';
import { formatFileSize, formatNumberVi } from '../../format/format';
import type { GqlError } from '../../graphql/client';
import { useTransport } from '../../graphql/hooks';
import { ErrorNotice, Notice } from '../../ui/ui';
import { downloadEvidence } from '../appraisal/EvidenceList';
import type { AssessmentItemFiling } from './queries';
import type { RowState } from './use-self-assessment';

const ACCEPTED = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';

function RowOutcome({ state }: { state: RowState | undefined }) {
  if (state?.busy && state.progress !== undefined) {
    const percent = formatNumberVi(state.progress * 100, 0);
    return (
      <Notice>
        Đang tải lên… {percent} % <progress max={1} value={state.progress} aria-label={`Đã tải lên ${percent} %`} />
      </Notice>
    );
  }
  if (state?.busy) return <Notice>Đang gửi…</Notice>;
  if (state?.error) return <ErrorNotice error={state.error} />;
  if (state?.done) return <Notice tone="ok">{state.done}</Notice>;
  return null;
}

/** The documents of one item: name and size, download, remove; a file chosen or dropped is uploaded at once. */
function EvidenceFiles(props: {
  cycleId: string;
  unitId: string;
  filing: AssessmentItemFiling;
  locked: boolean;
  state: RowState | undefined;
  onAttach(file: File): void;
  onDetach(sha256: string, fileName: string): void;
}) {
  const { filing, locked } = props;
  const transport = useTransport();
  const [downloadError, setDownloadError] = useState<GqlError | undefined>();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !locked) props.onAttach(file);
  };
  const download = (sha256: string) =>
    downloadEvidence(transport, props.cycleId, props.unitId, sha256).then(
      () => setDownloadError(undefined),
      (e: unknown) => setDownloadError(e as GqlError),
    );
  return (
    <div
      className={`evidence-zone${over ? ' drag-over' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setOver(!locked))}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <div className="small">
        <strong>Tài liệu kiểm chứng</strong> {filing.evidenceRequired && <span className="badge badge-warn">Bắt buộc</span>}
        {filing.evidence.length === 0 && <span className="muted"> Chưa có tài liệu.</span>}
      </div>
      {filing.evidence.length > 0 && (
        <ul className="evidence-list" data-testid={`evidence-${filing.code}`}>
          {filing.evidence.map((f) => (
            <li key={f.sha256}>
              <button type="button" className="link" onClick={() => void download(f.sha256)} title={`Tải về ${f.fileName}`}>
                {f.fileName}
              </button>{' '}
              <span className="muted small">({formatFileSize(f.size)})</span>{' '}
              {!locked && (
                <button type="button" className="mini" aria-label={`Gỡ ${f.fileName}`} onClick={() => props.onDetach(f.sha256, f.fileName)}>
                  Gỡ
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <label className="file-button small">
          Chọn hoặc kéo thả tệp (PDF, DOCX, XLSX, PNG, JPEG)…
          <input
            type="file"
            className="sr-only"
            aria-label={`Tải lên tài liệu kiểm chứng ${filing.code}`}
            accept={ACCEPTED}
            disabled={props.state?.busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) props.onAttach(file);
            }}
          />
        </label>
      )}
      <RowOutcome state={props.state} />
      {downloadError && <ErrorNotice error={downloadError} />}
    </div>
  );
}

/** The explanation a unit writes where the framework asks for evidence and it has none (`writeItemExplanation`). */
function ExplanationForm(props: {
  filing: AssessmentItemFiling;
  locked: boolean;
  state: RowState | undefined;
  onExplain(text: string): void;
}) {
  const { filing } = props;
  const [text, setText] = useState(filing.explanation ?? '');
  if (props.locked) return filing.explanation ? <p className="small">Giải trình: {filing.explanation}</p> : null;
  return (
    <form
      className="explain-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onExplain(text);
      }}
    >
      <label className="field">
        <span>Giải trình {filing.code} (không có tài liệu kiểm chứng)</span>
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} />
      </label>
      <button type="submit" disabled={props.state?.busy}>
        Lưu giải trình
      </button>
      {filing.evidenceMissing && <span className="muted small"> Cần tài liệu kiểm chứng hoặc giải trình trước khi gửi.</span>}
      <RowOutcome state={props.state} />
    </form>
  );
}

/** Under an item's score: its evidence documents and, where evidence is required and missing, the explanation. */
export function ItemFiling(props: {
  cycleId: string;
  unitId: string;
  filing: AssessmentItemFiling;
  locked: boolean;
  rows: Record<string, RowState>;
  onAttach(code: string, file: File): void;
  onDetach(code: string, sha256: string, fileName: string): void;
  onExplain(code: string, text: string): void;
}) {
  const { filing } = props;
  const explains = filing.evidenceRequired && (filing.evidence.length === 0 || !!filing.explanation);
  return (
    <div className="item-filing">
      <EvidenceFiles
        cycleId={props.cycleId}
        unitId={props.unitId}
        filing={filing}
        locked={props.locked}
        state={props.rows[`evidence:${filing.code}`]}
        onAttach={(f) => props.onAttach(filing.code, f)}
        onDetach={(sha, name) => props.onDetach(filing.code, sha, name)}
      />
      {explains && (
        <ExplanationForm
          filing={filing}
          locked={props.locked}
          state={props.rows[`explanation:${filing.code}`]}
          onExplain={(t) => props.onExplain(filing.code, t)}
        />
      )}
    </div>
  );
}
