import { useState } from 'react';
import { useQuery } from '../../graphql/hooks';
import { formatDay, formatNumberVi, todayIso } from '../../format/format';
import { labelOr, LINEAGE_LABELS, T, UNIT_KIND_LABELS } from '../../labels/labels';
import { DateField, Field, Loaded, Page, Table } from '../../ui/ui';

interface UnitRow {
  id: string;
  code: string | null;
  name: string;
  kind: string | null;
  unitType: string;
  validFrom: string | null;
  validTo: string | null;
}
interface Link {
  unitId: string;
  kind: string;
  effectiveDate: string;
  decisionNumber: string;
  share: number | null;
}
const UNITS = `query($asOf: String, $kind: UnitKind) { units(asOf: $asOf, unitType: $kind) { id code name kind unitType validFrom validTo } }`;
const ALL_UNITS = `{ units { id name } }`;
const LINEAGE = `query($id: ID!) { unit(id: $id) { id name
  predecessors { unitId kind effectiveDate decisionNumber share } successors { unitId kind effectiveDate decisionNumber share } } }`;

function LinkTable({ title, links, names }: { title: string; links: Link[]; names: ReadonlyMap<string, string> }) {
  if (links.length === 0) return null;
  return (
    <Table caption={title} head={[T.unit, 'Hình thức', 'Ngày hiệu lực', T.decision, 'Tỷ lệ']}>
      {links.map((l) => (
        <tr key={`${l.unitId}-${l.kind}-${l.effectiveDate}`}>
          <td>
            {names.get(l.unitId) ?? l.unitId}
            <div className="muted small">{l.unitId}</div>
          </td>
          <td>{labelOr(LINEAGE_LABELS, l.kind)}</td>
          <td>{formatDay(l.effectiveDate)}</td>
          <td>{l.decisionNumber}</td>
          <td className="num">{l.share === null ? '—' : `${formatNumberVi(l.share * 100, 0)} %`}</td>
        </tr>
      ))}
    </Table>
  );
}

function Lineage({ id }: { id: string }) {
  const q = useQuery<{ unit: { id: string; name: string; predecessors: Link[]; successors: Link[] } | null }>(LINEAGE, { id });
  // every unit ever registered (no asOf), for the names of former units
  const all = useQuery<{ units: { id: string; name: string }[] }>(ALL_UNITS);
  const names = new Map((all.data?.units ?? []).map((u) => [u.id, u.name]));
  return (
    <section className="card" aria-label="Lịch sử hình thành">
      <Loaded state={q}>
        {({ unit }) =>
          unit && (
            <>
              <h2>Lịch sử hình thành: {unit.name}</h2>
              {unit.predecessors.length + unit.successors.length === 0 && <p>Đơn vị không có sáp nhập, chia tách.</p>}
              <LinkTable title="Hình thành từ" links={unit.predecessors} names={names} />
              <LinkTable title="Đã chuyển thành" links={unit.successors} names={names} />
            </>
          )
        }
      </Loaded>
    </section>
  );
}

/** The unit registry as of a date (names and units in force that day), and a unit's lineage. */
export function UnitsScreen() {
  const [asOf, setAsOf] = useState(todayIso());
  const [kind, setKind] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const q = useQuery<{ units: UnitRow[] }>(UNITS, { asOf: asOf || null, kind: kind || null });
  return (
    <Page title="Đơn vị" intro="Danh mục đơn vị của tỉnh có hiệu lực vào một ngày, tên theo ngày đó.">
      <div className="row">
        <DateField label="Vào ngày" value={asOf} onChange={setAsOf} />
        <Field label="Loại đơn vị">
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Tất cả</option>
            {Object.entries(UNIT_KIND_LABELS).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Loaded state={q}>
        {(d) => (
          <Table caption={`${formatNumberVi(d.units.length, 0)} đơn vị`} head={[T.code, T.name, 'Loại', 'Hiệu lực từ', 'Đến', '']}>
            {d.units.map((u) => (
              <tr key={u.id}>
                <td>{u.code ?? u.id}</td>
                <td>{u.name}</td>
                <td>{u.kind ? labelOr(UNIT_KIND_LABELS, u.kind) : u.unitType}</td>
                <td>{formatDay(u.validFrom)}</td>
                <td>{formatDay(u.validTo)}</td>
                <td>
                  <button type="button" className="link" onClick={() => setSelected(u.id)}>
                    Lịch sử
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Loaded>
      {selected && <Lineage id={selected} />}
    </Page>
  );
}
