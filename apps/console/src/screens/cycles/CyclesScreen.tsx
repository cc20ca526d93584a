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
  schedule: { phases: Phase[]; currentPhase: string | null; today: string; overdue: boolean };
}
const CYCLES = `{ cycles { id name year unitType frameworkId frameworkVersion
  schedule { phases { phase labelVi startDate deadline } currentPhase today overdue } } }`;
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

export function CyclesScreen() {
  const q = useQuery<{ cycles: CycleRow[] }>(CYCLES);
  const [selected, setSelected] = useState<string | null>(null);
  const cycle = q.data?.cycles.find((c) => c.id === selected);
  return (
    <Page title="Kỳ đánh giá" intro="Các kỳ đánh giá của tỉnh, giai đoạn hiện tại và hạn chót.">
      <Loaded state={q}>
        {(d) => (
          <Table head={[T.cycle, 'Năm', 'Bộ tiêu chí', 'Giai đoạn hiện tại', 'Hạn chót', '']}>
            {d.cycles.map((c) => {
              const current = c.schedule.phases.find((p) => p.phase === c.schedule.currentPhase);
              return (
                <tr key={c.id}>
                  <td>
                    <strong>{c.name}</strong>
                    <div className="muted">{c.id}</div>
                  </td>
                  <td>{c.year}</td>
                  <td>
                    {c.frameworkId} ({T.version} {c.frameworkVersion})
                  </td>
                  <td>{c.schedule.currentPhase ? labelOr(PHASE_LABELS, c.schedule.currentPhase) : 'Chưa bắt đầu'}</td>
                  <td>
                    {current ? formatDay(current.deadline) : '—'}
                    {c.schedule.overdue && <span className="badge badge-warn">Quá hạn</span>}
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => setSelected(c.id)}>
                      Đặt lịch
                    </button>
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </Loaded>
      {cycle && <PhaseEditor cycle={cycle} onSaved={q.reload} />}
    </Page>
  );
}
