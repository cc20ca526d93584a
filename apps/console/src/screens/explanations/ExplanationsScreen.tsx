import { useEffect, useState } from 'react';
import { useAuth } from '../../auth/auth';
import { formatDateTimeVi, formatPoints } from '../../format/format';
import { GqlError } from '../../graphql/client';
import { gqlRequest, useQuery, useTransport } from '../../graphql/hooks';
import { T } from '../../labels/labels';
import { CyclePicker } from '../../ui/pickers';
import { ErrorNotice, Loaded, Notice, Page, Table } from '../../ui/ui';
import { APPRAISAL_ASSESSMENT, type AppraisalAssessment, type AppraisalItem } from '../appraisal/queries';
import { CriterionExplanation } from './CriterionExplanation';
import { appraisalReasons, criteriaWithItems, hasPreliminaryResult, scoreDifference } from './explanation-view';
import { CYCLE_CRITERIA, REASONS, type CycleCriteria, type ReasonPage } from './queries';

/** While an explanation waits for the appraiser, the page reads the assessment again this often (decisions arrive). */
const POLL_MS = 4000;

/** The reasons of the appraised scores, from every page of the unit's history; read again when the version moves. */
function useReasons(cycleId: string, unitId: string, version: number | undefined) {
  const transport = useTransport();
  const [state, setState] = useState<{ reasons?: Record<string, string | null>; error?: GqlError }>({});
  useEffect(() => {
    if (!cycleId || !unitId || version === undefined) return;
    let live = true;
    (async () => {
      const entries: ReasonPage['auditHistory']['entries'] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const r: ReasonPage = await gqlRequest<ReasonPage>(transport, REASONS, { cycleId, unitId, after });
        entries.push(...r.auditHistory.entries);
        if (!r.auditHistory.pageInfo.hasNextPage) break;
        after = r.auditHistory.pageInfo.endCursor;
      }
      return appraisalReasons(entries);
    })().then(
      (reasons) => live && setState({ reasons }),
      (e: unknown) => live && setState({ error: e instanceof GqlError ? e : new GqlError(String(e), 'ERROR') }),
    );
    return () => {
      live = false;
    };
  }, [transport, cycleId, unitId, version]);
  return state;
}

/** The preliminary result item by item: self against appraised, the difference, and the appraiser's reason. */
function PreliminaryResult({ items, reasons }: { items: AppraisalItem[]; reasons: Record<string, string | null> | undefined }) {
  return (
    <Table
      head={['Tiêu chí', 'Tối đa', 'Tự chấm', 'Thẩm định', 'Chênh lệch', 'Lý do của người thẩm định']}
      caption="Kết quả thẩm định sơ bộ"
    >
      {items.map((i) => (
        <tr key={i.code} data-code={i.code}>
          <td>
            <strong>{i.code}</strong> {i.name}
          </td>
          <td className="num">{formatPoints(i.maxPoints)}</td>
          <td className="num">{formatPoints(i.selfScore)}</td>
          <td className="num" data-testid={`appraised-${i.code}`}>
            {formatPoints(i.appraisedScore)}
          </td>
          <td className="num">{scoreDifference(i.selfScore, i.appraisedScore, formatPoints)}</td>
          <td data-testid={`reason-${i.code}`}>{i.appraisedScore === null ? 'Chưa thẩm định' : (reasons?.[i.code] ?? '—')}</td>
        </tr>
      ))}
    </Table>
  );
}

/**
 * The unit's explanation round: the preliminary result per item, and per criterion the thread of explanations and
 * decisions with a reply form (`submitExplanation`). While a thread waits, the page follows the appraiser's decisions.
 */
export function ExplanationsScreen() {
  const { session } = useAuth();
  const [cycleId, setCycleId] = useState('');
  const unitId = session.unitId ?? '';
  const as = useQuery<{ assessment: AppraisalAssessment }>(APPRAISAL_ASSESSMENT, { cycleId, unitId }, !cycleId || !unitId);
  const fw = useQuery<CycleCriteria>(CYCLE_CRITERIA, { id: cycleId }, !cycleId);
  const a = as.data?.assessment;
  const reasons = useReasons(cycleId, unitId, a?.version);
  const waiting = a?.explanationThreads.some((t) => t.open) ?? false;
  const { reload } = as;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);
  const criteria = (fw.data?.cycle?.pinnedFramework?.components ?? []).flatMap((c) => c.criteria);
  return (
    <Page title="Giải trình" intro="Kết quả thẩm định sơ bộ của đơn vị và giải trình theo từng tiêu chí.">
      <div className="row">
        <CyclePicker value={cycleId} onChange={setCycleId} />
      </div>
      {!unitId && <Notice tone="error">Tài khoản không gắn với đơn vị nào nên không giải trình được.</Notice>}
      {cycleId && unitId && (
        <Loaded state={as}>
          {({ assessment }) => (
            <>
              <p className="muted">
                {assessment.unit.name} ({assessment.unitId}), phiên bản dữ liệu{' '}
                <span data-testid="assessment-version">{assessment.version}</span>.
                {assessment.finalizedAt && ` Kết quả thẩm định đã chốt lúc ${formatDateTimeVi(assessment.finalizedAt)}.`}
                {waiting && ' Đang chờ người thẩm định quyết định; trang tự cập nhật.'}
              </p>
              {reasons.error && <ErrorNotice error={reasons.error} />}
              <PreliminaryResult items={assessment.items} reasons={reasons.reasons} />
              {criteriaWithItems(criteria, assessment.items).map(({ criterion, items }) => (
                <CriterionExplanation
                  key={criterion.code}
                  cycleId={cycleId}
                  unitId={unitId}
                  criterion={criterion}
                  items={items}
                  version={assessment.version}
                  canExplain={hasPreliminaryResult(items)}
                  locked={assessment.finalizedAt !== null}
                  onChanged={reload}
                />
              ))}
              {criteria.length === 0 && <p>{T.none}</p>}
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
