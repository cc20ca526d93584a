import { useEffect, useState } from 'react';
import { gqlRequest, useMutation, useQuery } from '../../graphql/hooks';
import { formatDay } from '../../format/format';
import { labelOr, PHASE_LABELS, PHASES, T } from '../../labels/labels';
import { DateField, ErrorNotice, Loaded, Notice, Page, Table } from '../../ui/ui';

interface Phase {
  phase: string;
  labelVi: string;
  startDate: string;
  deadline: string;
}
interface CycleRow {
  id: string;
  name: string;
  year: number;
  unitType: string;
  frameworkId: string;
  frameworkVersion: number;
  schedule: { phases: Phase[]; currentPhase: string | null; scheduledPhase: Phase | null; today: string; overdue: boolean };
}
const CYCLES = `{ cycles { id name year unitType frameworkId frameworkVersion
  schedule { phases { phase labelVi startDate deadline } currentPhase scheduledPhase { phase labelVi startDate deadline } today overdue } } }`;
const ADVANCE = `mutation($id: ID!) { advanceCyclePhase(cycleId: $id) { cycleId currentPhase } }`;
const SET_PHASES = `mutation($id: ID!, $phases: [CyclePhaseInput!]!) { setCyclePhases(cycleId: $id, phases: $phases) { cycleId currentPhase } }`;

type Draft = Record<string, { startDate: string; deadline: string }>;
const draftOf = (c: CycleRow): Draft =>
  Object.fromEntries(
    PHASES.map((p) => {
      const s = c.schedule.phases.find((x) => x.phase === p);
      return [p, { startDate: s?.startDate ?? '', deadline: s?.deadline ?? '' }];
    }),
  );

/** The phases of a cycle with start dates and deadlines, set in order (only the phases with both dates are sent). */
function PhaseEditor({ cycle, onSaved }: { cycle: CycleRow; onSaved(): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(cycle));
  useEffect(() => setDraft(draftOf(cycle)), [cycle]);
  const save = useMutation((t, phases: { phase: string; startDate: string; deadline: string }[]) =>
    gqlRequest<{ setCyclePhases: { cycleId: string } }>(t, SET_PHASES, { id: cycle.id, phases }),
  );
  const phases = PHASES.filter((p) => draft[p]?.startDate && draft[p]?.deadline).map((p) => ({ phase: p, ...draft[p]! }));
  return (
    <form
      className="card"
      aria-label="Đặt lịch giai đoạn"
      onSubmit={(e) => {
        e.preventDefault();
        void save.execute(phases).then((r) => r && onSaved());
      }}
    >
      <h2>Lịch các giai đoạn: {cycle.name}</h2>
      <Table head={['Giai đoạn', 'Bắt đầu', 'Hạn chót']}>
        {PHASES.map((p) => (
          <tr key={p}>
            <td>{labelOr(PHASE_LABELS, p)}</td>
            {(['startDate', 'deadline'] as const).map((k) => (
              <td key={k}>
                <DateField
                  label={`${labelOr(PHASE_LABELS, p)} — ${k === 'startDate' ? 'bắt đầu' : 'hạn chót'}`}
                  value={draft[p]?.[k] ?? ''}
                  onChange={(iso) => setDraft((d) => ({ ...d, [p]: { ...d[p]!, [k]: iso } }))}
                />
              </td>
            ))}
          </tr>
        ))}
      </Table>
      <button type="submit" className="primary" disabled={save.busy || phases.length === 0}>
        {save.busy ? T.saving : 'Lưu lịch'}
      </button>
      {save.data && <Notice tone="ok">{T.saved}</Notice>}
      {save.error && <ErrorNotice error={save.error} />}
    </form>
  );
}

/** One cycle: its pinned framework, the current phase, the phase its schedule says, and the actions. */
function CycleLine({ c, onSchedule, onAdvanced }: { c: CycleRow; onSchedule(): void; onAdvanced(): void }) {
  const advance = useMutation((t) => gqlRequest<{ advanceCyclePhase: { currentPhase: string | null } }>(t, ADVANCE, { id: c.id }));
  const scheduled = c.schedule.scheduledPhase;
  return (
    <tr>
      <td>
        <strong>{c.name}</strong>
        <div className="muted">{c.id}</div>
      </td>
      <td>
        {c.frameworkId} ({T.version} {c.frameworkVersion})
      </td>
      <td data-testid={`current-${c.id}`}>{c.schedule.currentPhase ? labelOr(PHASE_LABELS, c.schedule.currentPhase) : 'Chưa bắt đầu'}</td>
      <td data-testid={`scheduled-${c.id}`}>
        {scheduled ? `${labelOr(PHASE_LABELS, scheduled.phase)} (hạn ${formatDay(scheduled.deadline)})` : '—'}
        {c.schedule.overdue && <span className="badge badge-warn">Quá hạn</span>}
      </td>
      <td>
        <div className="actions">
          <button type="button" className="link" onClick={onSchedule}>
            Đặt lịch
          </button>
          <button
            type="button"
            className="link"
            disabled={advance.busy}
            onClick={() => void advance.execute().then((r) => r && onAdvanced())}
          >
            Chuyển giai đoạn
          </button>
        </div>
        {advance.error && <ErrorNotice error={advance.error} />}
      </td>
    </tr>
  );
}

export function CyclesScreen() {
  const q = useQuery<{ cycles: CycleRow[] }>(CYCLES);
  const [selected, setSelected] = useState<string | null>(null);
  const cycle = q.data?.cycles.find((c) => c.id === selected);
  return (
    <Page title="Kỳ đánh giá" intro="Các kỳ đánh giá của tỉnh: giai đoạn hiện tại, giai đoạn theo lịch và hạn chót.">
      <Loaded state={q}>
        {(d) => (
          <Table head={[T.cycle, 'Bộ tiêu chí', 'Giai đoạn hiện tại', 'Theo lịch', '']}>
            {d.cycles.map((c) => (
              <CycleLine key={c.id} c={c} onSchedule={() => setSelected(c.id)} onAdvanced={q.reload} />
            ))}
          </Table>
        )}
      </Loaded>
      {cycle && <PhaseEditor cycle={cycle} onSaved={q.reload} />}
    </Page>
  );
}
