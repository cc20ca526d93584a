import { useState } from 'react';
import { todayIso } from '../../format/format';
import { gqlRequest, useMutation } from '../../graphql/hooks';
import { T } from '../../labels/labels';
import { DateField, ErrorNotice, Field } from '../../ui/ui';
import { PUBLISH } from './queries';

/** The DHA approves and publishes the provisional ranking by a decision (`publishRanking`): number, date, signer. */
export function PublishForm({ cycleId, onPublished }: { cycleId: string; onPublished(): void }) {
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayIso());
  const [signer, setSigner] = useState('');
  const publish = useMutation((t, i: Record<string, unknown>) => gqlRequest(t, PUBLISH, { i }));
  return (
    <form
      className="card"
      aria-label="Công bố kết quả xếp hạng"
      onSubmit={(e) => {
        e.preventDefault();
        const i = { cycleId, decisionNumber: number.trim(), decisionDate: date, signer: signer.trim() || null, expectedVersion: 0 };
        void publish.execute(i).then((r) => r && onPublished());
      }}
    >
      <h2>Phê duyệt và công bố kết quả</h2>
      <p className="muted small">Kết quả tạm thời hiện tại được chụp lại thành kết quả chính thức (phiên bản 1) theo quyết định.</p>
      <div className="row">
        <Field label="Số quyết định">
          <input value={number} onChange={(e) => setNumber(e.target.value)} placeholder="ví dụ 123/QĐ-UBND" required maxLength={100} />
        </Field>
        <DateField label="Ngày quyết định" value={date} onChange={setDate} />
        <Field label="Người ký">
          <input value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={200} />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={publish.busy || !number.trim() || !date}>
        {publish.busy ? T.saving : 'Công bố'}
      </button>
      {publish.error && <ErrorNotice error={publish.error} />}
    </form>
  );
}
