/**
 * Batch score mutations through the gateway with Keycloak tokens: recordSelfScores and recordAppraisedScores write
 * every item in one append to the unit's stream, or nothing, with one SCORES_INVALID listing every bad item.
 */
import { assignAppraisersThroughGateway, DEMO_CYCLE, eventually, gql, seedDemoProvince } from '@par/platform';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 7020;
const PORT_OFFSET = 2100;
const CYCLE = DEMO_CYCLE.id;

type Result = Awaited<ReturnType<typeof gql>>;
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.['code'];
const metaItems = (r: Result) => (r.errors?.[0]?.extensions?.['meta'] as { items: { subCriterionCode: string; code: string }[] }).items;
const SCORES = `version scores { subCriterionCode selfScore appraisedScore }`;

describe('batch score mutations, through the gateway', () => {
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
  const selfBatch = (token: string, unitId: string, items: Record<string, unknown>[]) =>
    gql(url, token, `mutation($i: RecordSelfScoresInput!) { recordSelfScores(input: $i) { ${SCORES} } }`, {
      i: { cycleId: CYCLE, unitId, items },
    });
  const appraisedBatch = (unitId: string, items: Record<string, unknown>[]) =>
    gql(url, t['appraiser']!, `mutation($i: RecordAppraisedScoresInput!) { recordAppraisedScores(input: $i) { ${SCORES} } }`, {
      i: { cycleId: CYCLE, unitId, items },
    });

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const [key, user] of [
      ['admin', 'admin'],
      ['officer', 'officer.u1'],
      ['appraiser', 'appraiser'],
    ] as const) {
      t[key] = await keycloakToken('bac-kan', user);
    }
    await seedDemoProvince(url, t['admin']!, 'bac-kan');
    await eventually(
      // `items` reads the cycle and the unit from the assessments catalog (UNKNOWN_CYCLE / UNKNOWN_UNIT until it has them)
      async () =>
        (await gql(url, t['admin']!, `{ assessment(cycleId: "${CYCLE}", unitId: "u1") { items { code } } }`)).errors === undefined,
      60_000,
      'the cycle to be known to assessments',
    );
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('refuses a bad self batch naming every bad item and writes nothing; a good one is one append', async () => {
    const before = await version('u1');
    const bad = await selfBatch(t['officer']!, 'u1', [
      { subCriterionCode: '1.1.1', score: 1 },
      { subCriterionCode: '1.1.2', score: 99 },
      { subCriterionCode: '9.9.9', score: 1 },
    ]);
    expect(codeOf(bad)).toBe('SCORES_INVALID');
    expect(bad.errors?.[0]?.message).toBe('Có 2 tiêu chí không hợp lệ; chưa lưu điểm nào.');
    expect(metaItems(bad).map((i) => [i.subCriterionCode, i.code])).toEqual([
      ['1.1.2', 'SCORE_ABOVE_MAX'],
      ['9.9.9', 'UNKNOWN_SUB_CRITERION'],
    ]);
    expect(await version('u1')).toBe(before);

    const other = await selfBatch(t['officer']!, 'u2', [{ subCriterionCode: '1.1.1', score: 1 }]);
    expect(codeOf(other)).toBe('FORBIDDEN');

    const good = await selfBatch(t['officer']!, 'u1', [
      { subCriterionCode: '1.1.1', score: 1, note: 'Có kế hoạch' },
      { subCriterionCode: '1.1.2', score: 3 },
      { subCriterionCode: '2.1.1', score: 2 },
    ]);
    expect(good.errors).toBeUndefined();
    expect(await version('u1')).toBe(before + 3);
  });

  it('appraises a submitted unit in one batch; a changed score without a reason fails the whole batch', async () => {
    const submit = await gql(
      url,
      t['officer']!,
      `mutation { submitSelfAssessment(input: { cycleId: "${CYCLE}", unitId: "u1" }) { version } }`,
    );
    expect(submit.errors).toBeUndefined();
    await assignAppraisersThroughGateway(url, t['admin']!, [t['appraiser']!], CYCLE, ['u1'], 'Tổ thẩm định số 1');
    const before = await version('u1');
    const bad = await appraisedBatch('u1', [
      { subCriterionCode: '1.1.1', score: 1 },
      { subCriterionCode: '1.1.2', score: 2 },
    ]);
    expect(codeOf(bad)).toBe('SCORES_INVALID');
    expect(metaItems(bad)).toEqual([expect.objectContaining({ subCriterionCode: '1.1.2', code: 'REASON_REQUIRED' })]);
    expect(await version('u1')).toBe(before);
    const good = await appraisedBatch('u1', [
      { subCriterionCode: '1.1.1', score: 1 },
      { subCriterionCode: '1.1.2', score: 2, reason: 'Thiếu tài liệu kiểm chứng' },
    ]);
    expect(good.errors).toBeUndefined();
    expect(await version('u1')).toBe(before + 2);
  });
});
