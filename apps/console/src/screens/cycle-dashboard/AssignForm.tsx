import { useState } from 'react';
import { gqlRequest, useMutation } from '../../graphql/hooks';
import { T } from '../../labels/labels';
import { ErrorNotice, Field, Notice } from '../../ui/ui';
import type { QueueUnit } from '../appraisal/queries';
import { parseAccountIds, tickedUnits } from './assign-input';
import { ASSIGN_APPRAISERS, type Assignments } from './queries';

/** Assigns appraisers (account ids, the token's `sub`) and a team to the ticked units (`assignAppraisers`). */
export function AssignForm({
  cycleId,
  units,
  version,
  onSaved,
}: {
  cycleId: string;
  units: QueueUnit[];
  version: number;
  onSaved(): void;
}) {
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [ids, setIds] = useState('');
  const [team, setTeam] = useState('');
  const save = useMutation((t, i: Record<string, unknown>) => gqlRequest<Assignments>(t, ASSIGN_APPRAISERS, { i }));
  const toggle = (id: string) =>
    setTicked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const unitIds = tickedUnits(
    units.map((u) => u.unitId),
    ticked,
  );
  return (
    <form
      className="card"
      aria-label="Phân công thẩm định"
      onSubmit={(e) => {
        e.preventDefault();
        const i = { cycleId, unitIds, appraiserIds: parseAccountIds(ids), teamName: team.trim() || null, expectedVersion: version };
        void save.execute(i).then((r) => r && onSaved());
      }}
    >
      <h2>Phân công người thẩm định</h2>
      <fieldset>
        <legend>Đơn vị</legend>
        {units.map((u) => (
          <label key={u.unitId} className="choice">
            <input type="checkbox" checked={ticked.has(u.unitId)} onChange={() => toggle(u.unitId)} />
            {u.unitName} ({u.unitId})
          </label>
        ))}
      </fieldset>
      <div className="row">
        <Field label="Mã tài khoản người thẩm định">
          <input value={ids} onChange={(e) => setIds(e.target.value)} placeholder="Cách nhau bằng dấu phẩy" size={40} />
        </Field>
        <Field label="Tên tổ thẩm định">
          <input value={team} onChange={(e) => setTeam(e.target.value)} maxLength={200} size={30} />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={save.busy || unitIds.length === 0}>
        {save.busy ? T.saving : 'Phân công'}
      </button>
      {save.data && <Notice tone="ok">Đã phân công {unitIds.length} đơn vị.</Notice>}
      {save.error && <ErrorNotice error={save.error} />}
    </form>
  );
}
