import { useState } from 'react';
import { useQuery } from '../../graphql/hooks';
import { CyclePicker, UnitPicker } from '../../ui/pickers';
import { Field, Page } from '../../ui/ui';
import { AuditToolsRow } from './AuditTools';
import { HistoryTable, type MomentUse } from './HistoryTable';
import { AsOfView, DiffView, MomentField } from './MomentViews';

interface Criteria {
  cycle: {
    pinnedFramework: { components: { criteria: { code: string; name: string; subCriteria: { code: string; name: string }[] }[] }[] } | null;
  } | null;
}
const CRITERIA = `query($id: ID!) { cycle(id: $id) { pinnedFramework { components { criteria { code name subCriteria { code name } } } } } }`;

/** A criterion (with its sub-criteria) or one sub-criterion of the cycle's framework; `''` for all. */
function CodePicker({ cycleId, value, onChange }: { cycleId: string; value: string; onChange(code: string): void }) {
  const q = useQuery<Criteria>(CRITERIA, { id: cycleId }, !cycleId);
  const criteria = (q.data?.cycle?.pinnedFramework?.components ?? []).flatMap((c) => c.criteria);
  return (
    <Field label="Tiêu chí">
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Tất cả tiêu chí</option>
        {criteria.map((c) => [
          <option key={c.code} value={c.code}>
            {c.code} — {c.name} (cả tiêu chí)
          </option>,
          ...c.subCriteria.map((s) => (
            <option key={s.code} value={s.code}>
              {'\u00a0\u00a0'}
              {s.code} — {s.name}
            </option>
          )),
        ])}
      </select>
    </Field>
  );
}

/** The two moments panels: the unit's state as of one moment, the difference between two. */
function Moments({
  cycleId,
  unitId,
  moments,
  setMoment,
}: {
  cycleId: string;
  unitId: string;
  moments: Record<MomentUse, string>;
  setMoment(u: MomentUse, iso: string): void;
}) {
  return (
    <div className="moments-panels">
      <section className="card" aria-label="Trạng thái tại một thời điểm">
        <h2>Trạng thái tại một thời điểm</h2>
        <MomentField label="Tại thời điểm" value={moments.asOf} onChange={(v) => setMoment('asOf', v)} />
        <AsOfView cycleId={cycleId} unitId={unitId} asOf={moments.asOf} />
      </section>
      <section className="card" aria-label="So sánh hai thời điểm">
        <h2>So sánh hai thời điểm</h2>
        <div className="row">
          <MomentField label="Từ thời điểm" value={moments.from} onChange={(v) => setMoment('from', v)} />
          <MomentField label="Đến thời điểm" value={moments.to} onChange={(v) => setMoment('to', v)} />
        </div>
        <DiffView cycleId={cycleId} unitId={unitId} from={moments.from} to={moments.to} />
      </section>
    </div>
  );
}

/**
 * Auditor: the audit trail of a unit, a criterion or a user as a timeline (paged), the unit's state as of a moment,
 * the difference between two moments, the export (CSV/JSON) and the hash chain's verification.
 */
export function AuditScreen() {
  const [cycleId, setCycleId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [allUnits, setAllUnits] = useState(false);
  const [code, setCode] = useState('');
  const [actorId, setActorId] = useState('');
  const [moments, setMoments] = useState<Record<MomentUse, string>>({ asOf: '', from: '', to: '' });
  const setMoment = (use: MomentUse, iso: string) => setMoments((m) => ({ ...m, [use]: iso }));
  const filter = { cycleId, unitId: allUnits ? null : unitId, code: code || null, actorId: actorId.trim() || null };
  return (
    <Page
      title="Lịch sử và kiểm tra"
      intro="Mọi thay đổi theo thứ tự ghi nhận, trạng thái tại một thời điểm, so sánh hai thời điểm, xuất dữ liệu và kiểm tra chuỗi băm chống sửa đổi."
    >
      <div className="row">
        <CyclePicker value={cycleId} onChange={setCycleId} />
        {cycleId && <UnitPicker cycleId={cycleId} value={unitId} onChange={setUnitId} />}
        <label className="choice">
          <input type="checkbox" checked={allUnits} onChange={(e) => setAllUnits(e.target.checked)} />
          Cả kỳ (mọi đơn vị)
        </label>
        {cycleId && <CodePicker cycleId={cycleId} value={code} onChange={setCode} />}
        <Field label="Người dùng (mã tài khoản)">
          <input value={actorId} onChange={(e) => setActorId(e.target.value)} placeholder="Tất cả người dùng" size={22} />
        </Field>
        {actorId && (
          <button type="button" className="link" onClick={() => setActorId('')}>
            Bỏ lọc người dùng
          </button>
        )}
      </div>
      {cycleId && <AuditToolsRow cycleId={cycleId} unitId={filter.unitId} />}
      {cycleId && (allUnits || unitId) && (
        <HistoryTable key={JSON.stringify(filter)} filter={filter} onActor={setActorId} onMoment={setMoment} />
      )}
      {cycleId && unitId && !allUnits && <Moments cycleId={cycleId} unitId={unitId} moments={moments} setMoment={setMoment} />}
    </Page>
  );
}
