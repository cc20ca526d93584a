import { useCallback, useState } from 'react';
import { GqlError } from '../../graphql/client';
import { gqlRequest, useQuery, useTransport } from '../../graphql/hooks';
import { afterSuccess, type ActionState } from './appraisal-view';
import { APPRAISAL_ASSESSMENT, type AppraisalAssessment } from './queries';

export type { ActionState };

const asError = (e: unknown) => (e instanceof GqlError ? e : new GqlError(String(e), 'ERROR'));

/**
 * The unit's assessment as the appraiser works on it: every mutation sends the version the page read
 * (`expectedVersion`) and returns the whole assessment, which replaces the page's copy; a `CONCURRENCY_CONFLICT`
 * reloads the assessment and raises `conflict`, every other error stays where it happened (`actions[key]`).
 */
export function useAppraisal(cycleId: string, unitId: string) {
  const transport = useTransport();
  const q = useQuery<{ assessment: AppraisalAssessment }>(APPRAISAL_ASSESSMENT, { cycleId, unitId }, !cycleId || !unitId);
  const [latest, setLatest] = useState<AppraisalAssessment | null>(null);
  const [actions, setActions] = useState<Record<string, ActionState>>({});
  const [conflict, setConflict] = useState(false);
  const fromQuery = q.data?.assessment;
  const assessment = latest && fromQuery && latest.unitId === fromQuery.unitId && latest.version >= fromQuery.version ? latest : fromQuery;

  const run = useCallback(
    async (key: string, mutation: string, field: string, input: Record<string, unknown>): Promise<boolean> => {
      setActions((a) => ({ ...a, [key]: { busy: true } }));
      setConflict(false);
      try {
        const i = { cycleId, unitId, ...input, expectedVersion: assessment?.version ?? 0 };
        const res = await gqlRequest<Record<string, AppraisalAssessment>>(transport, mutation, { i });
        setLatest(res[field]!);
        setActions((a) => afterSuccess(a, key));
        return true;
      } catch (e) {
        const error = asError(e);
        setActions((a) => ({ ...a, [key]: { error } }));
        if (error.code === 'CONCURRENCY_CONFLICT') {
          setConflict(true);
          setLatest(null);
          q.reload();
        }
        return false;
      }
    },
    [cycleId, unitId, assessment, transport, q],
  );
  const reset = useCallback(() => {
    setLatest(null);
    setActions({});
    setConflict(false);
  }, []);
  return { q, assessment, actions, conflict, run, reset };
}
