import { useQuery } from '../../graphql/hooks';
import { formatPoints } from '../../format/format';
import { labelOr, METHOD_LABELS, T } from '../../labels/labels';
import { Loaded } from '../../ui/ui';
import { FRAMEWORK_TREE, type FrameworkTree, type Node } from './queries';

function NodeLine({ node, level }: { node: Node; level: 1 | 2 | 3 }) {
  return (
    <div className={`node node-${level}`}>
      <div className="node-head">
        <span className="node-code">{node.code}</span>
        <span className="node-name">{node.name}</span>
        <span className="node-max">{formatPoints(node.maxPoints)} điểm</span>
      </div>
      {(node.method || node.rule || node.note) && (
        <div className="node-meta">
          {node.method && <span className="badge">{labelOr(METHOD_LABELS, node.method)}</span>}
          {node.rule && <span className="rule">Cách chấm: {node.rule.descriptionVi}</span>}
          {node.note && <span className="guidance">Hướng dẫn: {node.note}</span>}
        </div>
      )}
    </div>
  );
}

/** A version's tree: components → criteria → sub-criteria with maximum points, scoring rules and guidance. */
export function FrameworkTreeView({ frameworkId, version }: { frameworkId: string; version: number }) {
  const q = useQuery<{ framework: FrameworkTree | null }>(FRAMEWORK_TREE, { id: frameworkId, version });
  return (
    <section className="card" aria-label="Cây tiêu chí">
      <Loaded state={q}>
        {({ framework: f }) =>
          !f ? (
            <p>{T.none}</p>
          ) : (
            <>
              <h2>
                {f.name} — {T.version} {f.version} ({formatPoints(f.totalMaxPoints)} điểm)
              </h2>
              {f.components.map((c) => (
                <details key={c.code} open className="component">
                  <summary>
                    <NodeLine node={{ ...c, method: null, rule: null, note: null }} level={1} />
                  </summary>
                  {c.criteria.map((cr) => (
                    <div key={cr.code}>
                      <NodeLine node={cr} level={2} />
                      {cr.subCriteria.map((s) => (
                        <NodeLine key={s.code} node={s} level={3} />
                      ))}
                    </div>
                  ))}
                  {c.aggregates.map((a) => (
                    <NodeLine key={a.code} node={a} level={2} />
                  ))}
                </details>
              ))}
              {f.classificationBands.length > 0 && (
                <p className="muted">
                  Xếp loại: {f.classificationBands.map((b) => `${b.label} (${b.min ?? 0}–${b.max ?? 100})`).join('; ')}
                </p>
              )}
            </>
          )
        }
      </Loaded>
    </section>
  );
}
