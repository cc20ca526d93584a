import { useState } from 'react';
import { useQuery } from '../../graphql/hooks';
import { CHANGE_KIND_LABELS, FIELD_LABELS, labelOr, NODE_KIND_LABELS, T } from '../../labels/labels';
import { Field, Loaded, Table } from '../../ui/ui';
import { FRAMEWORK_DIFF, type FrameworkDiff, type FrameworkSummary } from './queries';

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** What changed between two published versions, criterion by criterion and field by field. */
export function FrameworkDiffView({ framework }: { framework: FrameworkSummary }) {
  const versions = framework.versions.map((v) => v.version);
  const [from, setFrom] = useState(versions[versions.length - 2] ?? 1);
  const [to, setTo] = useState(versions[versions.length - 1] ?? 1);
  const q = useQuery<{ frameworkDiff: FrameworkDiff }>(FRAMEWORK_DIFF, { id: framework.frameworkId, from, to }, from === to);
  const pick = (value: number, set: (n: number) => void, label: string) => (
    <Field label={label}>
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {T.version} {v}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <section className="card" aria-label="So sánh phiên bản">
      <h2>So sánh hai phiên bản</h2>
      <div className="row">
        {pick(from, setFrom, T.from)}
        {pick(to, setTo, T.to)}
      </div>
      {from !== to && (
        <Loaded state={q}>
          {(d) =>
            d.frameworkDiff.changes.length === 0 ? (
              <p>Hai phiên bản giống nhau.</p>
            ) : (
              <Table caption={`${d.frameworkDiff.changes.length} thay đổi`} head={['Cấp', T.code, T.name, 'Thay đổi', 'Nội dung']}>
                {d.frameworkDiff.changes.map((c) => (
                  <tr key={`${c.kind}-${c.code}`}>
                    <td>{labelOr(NODE_KIND_LABELS, c.kind)}</td>
                    <td>{c.code}</td>
                    <td>{c.name}</td>
                    <td>{labelOr(CHANGE_KIND_LABELS, c.change)}</td>
                    <td>
                      {c.fields.map((f) => (
                        <div key={f.field}>
                          {labelOr(FIELD_LABELS, f.field)}: {show(f.from)} → {show(f.to)}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </Table>
            )
          }
        </Loaded>
      )}
    </section>
  );
}
