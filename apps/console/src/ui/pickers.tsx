import { useEffect } from 'react';
import { useQuery } from '../graphql/hooks';
import { T } from '../labels/labels';
import { ErrorNotice, Field } from './ui';

export interface CycleOption {
  id: string;
  name: string;
  year: number;
  unitType: string;
}

const CYCLES = `{ cycles { id name year unitType } }`;

/** The province's cycles, newest first; picks the first one when nothing is chosen. */
export function CyclePicker({ value, onChange }: { value: string; onChange(id: string, cycle?: CycleOption): void }) {
  const q = useQuery<{ cycles: CycleOption[] }>(CYCLES);
  const cycles = [...(q.data?.cycles ?? [])].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
  useEffect(() => {
    if (!value && cycles[0]) onChange(cycles[0].id, cycles[0]);
  }, [value, cycles, onChange]);
  if (q.error) return <ErrorNotice error={q.error} onRetry={q.reload} />;
  return (
    <Field label={T.cycle}>
      <select
        value={value}
        onChange={(e) =>
          onChange(
            e.target.value,
            cycles.find((c) => c.id === e.target.value),
          )
        }
        aria-label={T.chooseCycle}
      >
        {!value && <option value="">{T.chooseCycle}</option>}
        {cycles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.id})
          </option>
        ))}
      </select>
    </Field>
  );
}

export interface UnitOption {
  id: string;
  name: string;
  code?: string | null;
}

/** Units of a cycle (the units it assesses). */
export function UnitPicker({ cycleId, value, onChange }: { cycleId: string; value: string; onChange(id: string): void }) {
  const q = useQuery<{ cycle: { units: UnitOption[] } | null }>(
    `query($id: ID!) { cycle(id: $id) { units { id name code } } }`,
    { id: cycleId },
    !cycleId,
  );
  const units = q.data?.cycle?.units ?? [];
  useEffect(() => {
    if (units.length > 0 && !units.some((u) => u.id === value)) onChange(units[0]!.id);
  }, [units, value, onChange]);
  if (q.error) return <ErrorNotice error={q.error} onRetry={q.reload} />;
  return (
    <Field label={T.unit}>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={T.chooseUnit}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.id})
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The scoring items (sub-criteria) of a cycle's framework; `''` stands for all of them. */
export function ItemPicker({ cycleId, value, onChange }: { cycleId: string; value: string; onChange(code: string): void }) {
  const q = useQuery<{ cycle: { pinnedFramework: { items: { code: string; name: string }[] } | null } | null }>(
    `query($id: ID!) { cycle(id: $id) { pinnedFramework { items { code name } } } }`,
    { id: cycleId },
    !cycleId,
  );
  const items = q.data?.cycle?.pinnedFramework?.items ?? [];
  return (
    <Field label="Tiêu chí">
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Tất cả tiêu chí</option>
        {items.map((i) => (
          <option key={i.code} value={i.code}>
            {i.code} — {i.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
