/**
 * The appraisal round through the gateway with Keycloak tokens: assignment, assigned-only appraisal, separation of
 * duties, the reason rule, survey items, two appraisers saving one item at once, the explanation round, the final
 * appraisal, the appraiser's queue and the DHA's cycle dashboard; every refusal leaves the stream as it was.
 */
import {
  assignAppraisersThroughGateway,
  DEMO_CYCLE,
  eventually,
  gql,
  seedDemoProvince,
  selfScoreAndSubmit,
  tokenSubject,
} from '@par/platform';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 5160;
const PORT_OFFSET = 1060;
const CYCLE = DEMO_CYCLE.id;

type Result = Awaited<ReturnType<typeof gql>>;
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.['code'];

describe('appraisal round: assignment, explanation (giải trình), final appraisal, through the gateway', () => {
  let stack: TestStack;
  let url: string;
  const t: Record<string, string> = {};

  const version = async (unitId: string) =>
    (
      await gql<{ assessment: { version: number } }>(
        url,
        t['admin']!,
        `{ assessment(cycleId: "${CYCLE}", unitId: "${unitId}") { version } }`,
      )
    ).data!.assessment.version;
  const appraise = (who: string, unitId: string, code: string, score: number, reason: string | null, expectedVersion?: number) =>
    gql<{ recordAppraisedScore: { version: number; scores: { subCriterionCode: string; appraisedScore: number | null }[] } }>(
      url,
      t[who]!,
      `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { version scores { subCriterionCode appraisedScore } } }`,
      { i: { cycleId: CYCLE, unitId, subCriterionCode: code, score, reason, ...(expectedVersion !== undefined && { expectedVersion }) } },
    );
  const dashboard = async () =>
    (
      await gql<{ cycleDashboard: { counts: { status: string; count: number }[]; units: { unitId: string; status: string }[] } }>(
        url,
        t['admin']!,
        `{ cycleDashboard(cycleId: "${CYCLE}") { counts { status count } units { unitId status } } }`,
      )
    ).data?.cycleDashboard;
  const statusOf = async () => Object.fromEntries(((await dashboard())?.units ?? []).map((u) => [u.unitId, u.status]));

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const [key, user] of [
      ['admin', 'admin'],
      ['officer', 'officer.u1'],
      ['appraiser', 'appraiser'],
      ['auditor', 'auditor'],
    ] as const) {
      t[key] = await keycloakToken('bac-kan', user);
    }
    await seedDemoProvince(url, t['admin']!, 'bac-kan');
    await eventually(async () => (await dashboard())?.units.length === 3, 60_000, 'the dashboard to know the demo units');
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('runs assignment, appraisal, an explanation round and the final appraisal, refusing what is not allowed', async () => {
    expect(await dashboard()).toMatchObject({ counts: expect.arrayContaining([{ status: 'NOT_STARTED', count: 3 }]) });

    // assignment: the DHA only, units of the cycle only (all or nothing)
    const byAppraiser = await gql(
      url,
      t['appraiser']!,
      `mutation { assignAppraisers(input: { cycleId: "${CYCLE}", unitIds: ["u1"], appraiserIds: ["x"] }) { version } }`,
    );
    expect(codeOf(byAppraiser)).toBe('FORBIDDEN');
    const unknown = await gql(
      url,
      t['admin']!,
      `mutation { assignAppraisers(input: { cycleId: "${CYCLE}", unitIds: ["u1", "no-such"], appraiserIds: ["${tokenSubject(t['appraiser']!)}"] }) { version } }`,
    );
    expect(codeOf(unknown)).toBe('UNKNOWN_UNIT');
    await assignAppraisersThroughGateway(url, t['admin']!, [t['appraiser']!, t['admin']!], CYCLE, ['u1'], 'Tổ thẩm định số 1');
    await assignAppraisersThroughGateway(url, t['admin']!, [t['admin']!], CYCLE, ['u2'], 'Tổ thẩm định số 1');
    const assignments = await gql<{
      appraisalAssignments: { version: number; units: { unitId: string; appraiserIds: string[]; teamName: string }[] };
    }>(url, t['auditor']!, `{ appraisalAssignments(cycleId: "${CYCLE}") { version units { unitId appraiserIds teamName } } }`);
    expect(assignments.data?.appraisalAssignments).toEqual({
      version: 2,
      units: [
        { unitId: 'u1', appraiserIds: [tokenSubject(t['appraiser']!), tokenSubject(t['admin']!)], teamName: 'Tổ thẩm định số 1' },
        { unitId: 'u2', appraiserIds: [tokenSubject(t['admin']!)], teamName: 'Tổ thẩm định số 1' },
      ],
    });

    // not submitted yet: refused, nothing written
    const early = await gql(
      url,
      t['officer']!,
      `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.1", score: 2 }) { version } }`,
    );
    expect(early.errors).toBeUndefined();
    expect(codeOf(await appraise('appraiser', 'u1', '1.1.1', 2, null))).toBe('NOT_SUBMITTED');
    expect(await version('u1')).toBe(1);
    await selfScoreAndSubmit(url, t['officer']!, CYCLE, 'u1', { '1.1.2': 3, '2.1.1': 2 });
    // the DHA self-scores u2 on its behalf: then it may not appraise u2 although assigned
    await selfScoreAndSubmit(url, t['admin']!, CYCLE, 'u2', { '1.1.1': 1, '1.1.2': 2, '2.1.1': 0 });
    const v1 = await version('u1');
    const v2 = await version('u2');

    expect(codeOf(await appraise('appraiser', 'u2', '1.1.1', 1, null))).toBe('NOT_ASSIGNED');
    const sod = await appraise('admin', 'u2', '1.1.1', 1, null);
    expect(codeOf(sod)).toBe('SEPARATION_OF_DUTIES');
    expect(sod.errors?.[0]?.message).toBe('Bạn đã tự chấm điểm cho đơn vị "u2" nên không được thẩm định đơn vị này.');
    expect(codeOf(await appraise('appraiser', 'u1', '2.1.2', 1, 'x'))).toBe('NOT_APPRAISED_BY_HAND');
    expect(codeOf(await appraise('appraiser', 'u1', '1.1.1', 1.5, '  '))).toBe('REASON_REQUIRED');
    expect([await version('u1'), await version('u2')]).toEqual([v1, v2]);

    // the same score as the self score needs no reason
    const same = await appraise('appraiser', 'u1', '1.1.1', 2, null);
    expect(same.errors).toBeUndefined();

    // two appraisers save the same item at once from the same version: one wins, the other is told, nothing is lost
    const read = await version('u1');
    const [a, b] = await Promise.all([
      appraise('appraiser', 'u1', '1.1.2', 2.5, 'Chưa hoàn thành 2 nhiệm vụ', read),
      appraise('admin', 'u1', '1.1.2', 2.75, 'Chưa hoàn thành 1 nhiệm vụ', read),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
    expect(outcomes).toEqual(['CONCURRENCY_CONFLICT', 'OK']);
    const winner = a.errors ? b : a;
    const winnerScore = a.errors ? 2.75 : 2.5;
    expect(winner.data?.recordAppraisedScore.version).toBe(read + 1);
    expect(winner.data?.recordAppraisedScore.scores.find((s) => s.subCriterionCode === '1.1.2')?.appraisedScore).toBe(winnerScore);
    const history = await gql<{ scoreHistory: { kind: string; newValue: number }[] }>(
      url,
      t['auditor']!,
      `{ scoreHistory(cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.2") { kind newValue } }`,
    );
    expect(history.data?.scoreHistory.filter((h) => h.kind === 'appraised').map((h) => h.newValue)).toEqual([winnerScore]);

    // the appraiser's queue
    await eventually(
      async () => {
        const q = await gql<{ myAppraisalQueue: { unitId: string; status: string; itemsTotal: number; itemsAppraised: number }[] }>(
          url,
          t['appraiser']!,
          `{ myAppraisalQueue(cycleId: "${CYCLE}") { unitId status itemsTotal itemsAppraised openExplanations } }`,
        );
        const [only, ...rest] = q.data?.myAppraisalQueue ?? [];
        return (
          rest.length === 0 && only?.unitId === 'u1' && only.status === 'APPRAISED' && only.itemsTotal === 3 && only.itemsAppraised === 2
        );
      },
      30_000,
      'the queue to show u1 appraised 2 of 3',
    );

    // explanation round: the unit answers on criterion 1.1, the appraiser changes 1.1.2
    const byOther = await gql(
      url,
      t['admin']!,
      `mutation { submitExplanation(input: { cycleId: "${CYCLE}", unitId: "u1", code: "1.1", text: "x" }) { version } }`,
    );
    expect(codeOf(byOther)).toBe('FORBIDDEN');
    const explained = await gql<{ submitExplanation: { explanationThreads: { code: string; open: boolean }[] } }>(
      url,
      t['officer']!,
      `mutation($i: SubmitExplanationInput!) { submitExplanation(input: $i) { explanationThreads { code open } } }`,
      {
        i: {
          cycleId: CYCLE,
          unitId: 'u1',
          code: '1.1',
          text: 'Đơn vị đã hoàn thành 10/10 nhiệm vụ, kèm báo cáo quý IV',
          evidenceSha256s: ['ab'.repeat(32)],
        },
      },
    );
    expect(explained.errors).toBeUndefined();
    expect(explained.data?.submitExplanation.explanationThreads).toEqual([{ code: '1.1', open: true }]);
    await eventually(async () => (await statusOf())['u1'] === 'EXPLAINING', 30_000, 'u1 to be EXPLAINING on the dashboard');
    const finalizeQ = `mutation { finalizeAppraisal(input: { cycleId: "${CYCLE}", unitId: "u1" }) { finalizedAt } }`;
    const incomplete = await gql(url, t['appraiser']!, finalizeQ);
    expect(codeOf(incomplete)).toBe('APPRAISAL_INCOMPLETE');
    expect(incomplete.errors?.[0]?.message).toBe('Còn 1 tiêu chí chưa thẩm định: 2.1.1.');
    expect((await appraise('appraiser', 'u1', '2.1.1', 2, null)).errors).toBeUndefined();
    expect(codeOf(await gql(url, t['appraiser']!, finalizeQ))).toBe('EXPLANATION_OPEN');

    const decided = await gql<{ decideExplanation: { scores: { subCriterionCode: string; appraisedScore: number }[] } }>(
      url,
      t['appraiser']!,
      `mutation { decideExplanation(input: { cycleId: "${CYCLE}", unitId: "u1", code: "1.1", outcome: CHANGED, subCriterionCode: "1.1.2", score: 4, reason: "Báo cáo quý IV chứng minh hoàn thành kế hoạch" }) { scores { subCriterionCode appraisedScore } } }`,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideExplanation.scores.find((s) => s.subCriterionCode === '1.1.2')?.appraisedScore).toBe(4);
    const thread = await gql<{
      explanationThread: { open: boolean; entries: { kind: string; actorName: string; outcome: string | null; score: number | null }[] };
    }>(
      url,
      t['officer']!,
      `{ explanationThread(cycleId: "${CYCLE}", unitId: "u1", code: "1.1") { open entries { kind actorName outcome score } } }`,
    );
    expect(thread.data?.explanationThread).toEqual({
      open: false,
      entries: [
        { kind: 'EXPLANATION', actorName: expect.any(String), outcome: null, score: null },
        { kind: 'DECISION', actorName: expect.any(String), outcome: 'CHANGED', score: 4 },
      ],
    });

    // final appraisal: locked until the DHA reopens it
    const finalized = await gql<{ finalizeAppraisal: { finalizedAt: string } }>(url, t['appraiser']!, finalizeQ);
    expect(finalized.errors).toBeUndefined();
    expect(codeOf(await appraise('appraiser', 'u1', '2.1.1', 0, 'Sửa'))).toBe('APPRAISAL_FINALIZED');
    await eventually(
      async () => {
        const d = await dashboard();
        const count = (s: string) => d?.counts.find((c) => c.status === s)?.count;
        return (await statusOf())['u1'] === 'FINAL' && count('FINAL') === 1 && count('SUBMITTED') === 1 && count('NOT_STARTED') === 1;
      },
      30_000,
      'the dashboard: u1 FINAL, u2 SUBMITTED, u3 NOT_STARTED',
    );
    expect(codeOf(await gql(url, t['appraiser']!, `{ cycleDashboard(cycleId: "${CYCLE}") { cycleId } }`))).toBe('FORBIDDEN');
    const reopenQ = `mutation { reopenAppraisal(input: { cycleId: "${CYCLE}", unitId: "u1", reason: "Sai sót tiêu chí 2.1.1" }) { finalizedAt } }`;
    expect(codeOf(await gql(url, t['appraiser']!, reopenQ))).toBe('FORBIDDEN');
    const reopened = await gql<{ reopenAppraisal: { finalizedAt: string | null } }>(url, t['admin']!, reopenQ);
    expect(reopened.data?.reopenAppraisal.finalizedAt).toBeNull();

    // the explanation phase's deadline, once the DHA sets a schedule that has passed: refused, nothing written
    const phases = `[
      { phase: SELF_ASSESSMENT, startDate: "2025-10-01", deadline: "2025-10-31" },
      { phase: APPRAISAL, startDate: "2025-11-01", deadline: "2025-11-15" },
      { phase: EXPLANATION, startDate: "2025-11-16", deadline: "2025-11-20" },
      { phase: FINAL_APPRAISAL, startDate: "2025-11-21", deadline: "2025-11-30" }]`;
    const set = await gql(url, t['admin']!, `mutation { setCyclePhases(cycleId: "${CYCLE}", phases: ${phases}) { cycleId } }`);
    expect(set.errors).toBeUndefined();
    const before = await version('u1');
    // probe with a decision that changes nothing (the same appraisal again) until the schedule reaches the catalog
    await eventually(
      async () => codeOf(await appraise('appraiser', 'u1', '2.1.1', 2, null)) === 'APPRAISAL_DEADLINE_PASSED',
      30_000,
      'the schedule to reach the assessments catalog',
    );
    const late = await gql(
      url,
      t['officer']!,
      `mutation { submitExplanation(input: { cycleId: "${CYCLE}", unitId: "u1", code: "2.1", text: "Bổ sung" }) { version } }`,
    );
    expect(codeOf(late)).toBe('EXPLANATION_DEADLINE_PASSED');
    expect(late.errors?.[0]?.message).toBe('Đã hết hạn giai đoạn giải trình (hạn cuối ngày 20/11/2025).');
    expect(await version('u1')).toBe(before);
  });
});
