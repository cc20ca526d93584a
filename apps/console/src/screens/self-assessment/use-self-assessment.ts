import { useCallback, useState } from 'react';
import { GqlError } from '../../graphql/client';
import { gqlRequest, gqlUploadWithProgress, useQuery, useTransport } from '../../graphql/hooks';
import {
  ASSESSMENT,
  ATTACH_EVIDENCE,
  DETACH_EVIDENCE,
  RECORD_SELF_SCORE,
  SUBMIT_SELF_ASSESSMENT,
  WRITE_ITEM_EXPLANATION,
  type Assessment,
  type Item,
} from './queries';

const NOT_A_NUMBER = 'Điểm phải là một số (ví dụ 1,5).';

/** The last action of one place of the screen: `score:<code>`, `evidence:<code>`, `explanation:<code>`, `submit`. */
export interface RowState {
  busy?: boolean;
  /** An upload under way: the part of the file sent (0–1). */
  progress?: number;
  /** What was done, in Vietnamese (shown on the row). */
  done?: string;
  error?: GqlError;
}

const asError = (e: unknown) => (e instanceof GqlError ? e : new GqlError(String(e), 'ERROR'));

const withoutKey = (r: Record<string, RowState>, key: string) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== key));

type Send = (input: { cycleId: string; unitId: string; expectedVersion: number }) => Promise<Record<string, Assessment>>;

/**
 * The unit's self-assessment and every change to it: each mutation sends the version the page read
 * (`expectedVersion`) and returns the whole assessment, which replaces the page's copy. A `CONCURRENCY_CONFLICT`
 * reloads the assessment and raises `conflict`; every other refusal stays on the row it came from (`rows[key]`).
 */
export function useSelfAssessment(cycleId: string, unitId: string) {
  const transport = useTransport();
  const as = useQuery<{ assessment: Assessment }>(ASSESSMENT, { cycleId, unitId }, !cycleId || !unitId);
  const [latest, setLatest] = useState<Assessment | null>(null);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const [conflict, setConflict] = useState(false);
  const assessment = latest && as.data && latest.version >= as.data.assessment.version ? latest : as.data?.assessment;

  const run = useCallback(
    async (key: string, done: string, send: Send) => {
      setRows((r) => ({ ...r, [key]: { busy: true } }));
      setConflict(false);
      try {
        const res = await send({ cycleId, unitId, expectedVersion: assessment?.version ?? 0 });
        setLatest(Object.values(res)[0]!);
        // a refusal to submit described the assessment before this change: dropped
        setRows((r) => ({ ...withoutKey(r, 'submit'), [key]: { done } }));
      } catch (e) {
        const error = asError(e);
        setRows((r) => ({ ...r, [key]: { error } }));
        if (error.code === 'CONCURRENCY_CONFLICT') {
          setConflict(true);
          setLatest(null);
          as.reload();
        }
      }
    },
    [cycleId, unitId, assessment, as],
  );

  const saveScore = (item: Item, score: number, note: string) => {
    if (!Number.isFinite(score)) {
      setRows((r) => ({ ...r, [`score:${item.code}`]: { error: new GqlError(NOT_A_NUMBER, 'SCORE_INVALID') } }));
      return Promise.resolve();
    }
    return run(`score:${item.code}`, 'saved', (i) =>
      gqlRequest(transport, RECORD_SELF_SCORE, { i: { ...i, subCriterionCode: item.code, score, ...(note && { note }) } }),
    );
  };
  const attach = (code: string, file: File) => {
    const key = `evidence:${code}`;
    const progress = (fraction: number) => setRows((r) => (r[key]?.busy ? { ...r, [key]: { busy: true, progress: fraction } } : r));
    return run(key, `Đã đính kèm "${file.name}".`, (i) =>
      gqlUploadWithProgress(transport, ATTACH_EVIDENCE, file, { i: { ...i, code } }, progress),
    );
  };
  const detach = (code: string, sha256: string, fileName: string) =>
    run(`evidence:${code}`, `Đã gỡ "${fileName}".`, (i) => gqlRequest(transport, DETACH_EVIDENCE, { i: { ...i, code, sha256 } }));
  const explain = (code: string, text: string) =>
    run(`explanation:${code}`, text.trim() ? 'Đã lưu giải trình.' : 'Đã rút giải trình.', (i) =>
      gqlRequest(transport, WRITE_ITEM_EXPLANATION, { i: { ...i, code, explanation: text.trim() || null } }),
    );
  const submit = () => run('submit', 'Đã gửi kết quả tự đánh giá.', (i) => gqlRequest(transport, SUBMIT_SELF_ASSESSMENT, { i }));

  const reset = useCallback(() => {
    setLatest(null);
    setRows({});
    setConflict(false);
  }, []);
  return { as, assessment, rows, conflict, saveScore, attach, detach, explain, submit, reset };
}
