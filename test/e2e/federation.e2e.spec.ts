/**
 * Federated entities end to end through the gateway, with real Keycloak tokens: one query joins a unit from
 * the frameworks subgraph with its scores (assessments), its lost points (reporting) and its rank (ranking);
 * a criterion declared not applicable to a unit drops out of its maximum in the live ranking.
 */
import {
  assignAppraisersThroughGateway,
  DEMO_CYCLE,
  demoFrameworkYaml,
  eventually,
  gql,
  seedDemoProvince,
  selfScoreAndSubmit,
} from '@par/platform';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 4930;
const PORT_OFFSET = 830;
const CYCLE = DEMO_CYCLE.id;
const NA_REASON = 'Đơn vị không có kế hoạch CCHC riêng trong năm (sáp nhập)';

/** The demo framework with 1.1.2 (max 4) conditional, so that it may be declared not applicable to a unit. */
function frameworkWithConditional112(province: string): string {
  const yaml = demoFrameworkYaml(province);
  const changed = yaml.replace(
    /(code: "1\.1\.2".*departments: \[SNV\])/,
    '$1, applicability: { mode: conditional, condition: Đơn vị có kế hoạch CCHC riêng }',
  );
  if (changed === yaml) throw new Error('demo framework: 1.1.2 line not found');
  return changed;
}

type Rank = { rank: number; total: number; maxPoints: number; indexPercent: number; classLabel: string };
type UnitView = {
  id: string;
  code: string | null;
  name: string;
  scores: { subCriterionCode: string; selfScore: number | null; appraisedScore: number | null }[] | null;
  lostPoints: {
    total: number;
    byComponent: { code: string; lost: number; items: { code: string; lost: number; reason: string | null }[] }[];
  } | null;
  rank: Rank | null;
};

const UNIT_QUERY = `query($id: ID!, $cycle: ID!) {
  unit(id: $id) {
    id code name
    scores(cycleId: $cycle) { subCriterionCode selfScore appraisedScore }
    lostPoints(cycleId: $cycle) { total byComponent { code lost items { code lost reason } } }
    rank(cycleId: $cycle) { rank total maxPoints indexPercent classLabel }
  }
}`;

describe('federated entities: Unit joined across frameworks, assessments, reporting and ranking', () => {
  let stack: TestStack;
  let url: string;
  const tokens: Record<string, string> = {};
  const unitView = (token: string, id = 'u1') => gql<{ unit: UnitView | null }>(url, token, UNIT_QUERY, { id, cycle: CYCLE });
  const rankOf = async (id = 'u1') => (await unitView(tokens['admin']!, id)).data?.unit?.rank;

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const [key, user] of [
      ['admin', 'admin'],
      ['officer', 'officer.u1'],
      ['appraiser', 'appraiser'],
      ['auditor', 'auditor'],
      ['integrator', 'integrator'],
    ] as const) {
      tokens[key] = await keycloakToken('bac-kan', user);
    }
    const published = await gql(
      url,
      tokens['admin']!,
      `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Dữ liệu thử" }) { version } }`,
      { d: frameworkWithConditional112('bac-kan') },
    );
    expect(published.errors).toBeUndefined();
    await seedDemoProvince(url, tokens['admin']!, 'bac-kan'); // the framework exists: units and cycle only
    await eventually(
      async () => {
        const r = await gql<{ ranking: unknown[] }>(url, tokens['appraiser']!, `{ ranking(cycleId: "${CYCLE}") { unitId } }`);
        return r.data?.ranking.length === 3;
      },
      60_000,
      'ranking to know the demo units',
    );
    const scores: [string, string, string, number, string][] = [
      ['officer', 'recordSelfScore', '1.1.1', 2, 'note: "Kế hoạch ban hành ngày 05/01/2025"'],
      ['officer', 'recordSelfScore', '1.1.2', 3, 'note: "Hoàn thành 90% kế hoạch"'],
    ];
    for (const [who, mutation, code, score, extra] of scores) {
      const r = await gql(
        url,
        tokens[who]!,
        `mutation { ${mutation}(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "${code}", score: ${score}, ${extra} }) { version } }`,
      );
      expect(r.errors).toBeUndefined();
    }
    // appraisal starts once the unit submitted (every self-assessed item scored), by an assigned appraiser
    await selfScoreAndSubmit(url, tokens['officer']!, CYCLE, 'u1', { '2.1.1': 0 });
    await assignAppraisersThroughGateway(url, tokens['admin']!, [tokens['appraiser']!], CYCLE, ['u1', 'u2', 'u3']);
    for (const [who, mutation, code, score, extra] of [
      ['appraiser', 'recordAppraisedScore', '1.1.2', 3.5, 'reason: "Chưa hoàn thành 2 nhiệm vụ"'],
    ] as const) {
      const r = await gql(
        url,
        tokens[who]!,
        `mutation { ${mutation}(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "${code}", score: ${score}, ${extra} }) { version } }`,
      );
      expect(r.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('one gateway query returns the unit, its scores, its lost points and its rank from four subgraphs', async () => {
    // Lost points (reporting) and rank (ranking) are read models fed through Kafka: wait until both saw the appraisal.
    const unit = await eventually(
      async () => {
        const r = await unitView(tokens['admin']!);
        const u = r.data?.unit;
        return !r.errors && u?.rank?.total === 5.5 && u.lostPoints?.total === 2.5 ? u : undefined;
      },
      30_000,
      'rank and lost points to include the appraisal',
    );
    // the official code (frameworks' registry) beside scores (assessments), lost points (reporting) and rank (ranking)
    expect(unit.id).toBe('u1');
    expect(unit.code).toBe('061');
    expect(unit.name).toBe('UBND huyện Ba Bể');
    expect(unit.scores).toEqual([
      { subCriterionCode: '1.1.1', selfScore: 2, appraisedScore: null },
      { subCriterionCode: '1.1.2', selfScore: 3, appraisedScore: 3.5 },
      { subCriterionCode: '2.1.1', selfScore: 0, appraisedScore: null },
    ]);
    expect(unit.lostPoints?.byComponent).toEqual([
      { code: '1', lost: 0.5, items: [{ code: '1.1.2', lost: 0.5, reason: 'Chưa hoàn thành 2 nhiệm vụ' }] },
      { code: '2', lost: 2, items: [{ code: '2.1.1', lost: 2, reason: null }] }, // self-scored 0, no appraisal reason
    ]);
    expect(unit.rank).toEqual({ rank: 1, total: 5.5, maxPoints: 10, indexPercent: 55, classLabel: 'Trung bình' });
  });

  it('ranking rows and cycles are entities too: a cycle → its ranking → each unit name, across three subgraphs', async () => {
    const r = await gql<{ cycles: { id: string; ranking: { rank: number; unit: { id: string; name: string } }[] }[] }>(
      url,
      tokens['appraiser']!,
      `{ cycles { id ranking { rank unit { id name } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.cycles).toEqual([
      {
        id: CYCLE,
        ranking: [
          { rank: 1, unit: { id: 'u1', name: 'UBND huyện Ba Bể' } },
          { rank: 2, unit: { id: 'u2', name: 'UBND huyện Chợ Đồn' } },
          { rank: 2, unit: { id: 'u3', name: 'UBND thành phố Bắc Kạn' } },
        ],
      },
    ]);
  });

  it("an officer reads their own unit's scores, not another unit's (READ_UNIT_RESULTS)", async () => {
    const own = await unitView(tokens['officer']!, 'u1');
    expect(own.errors).toBeUndefined();
    expect(own.data?.unit?.scores).toHaveLength(3);
    const other = await unitView(tokens['officer']!, 'u2');
    expect(other.data?.unit?.name).toBe('UBND huyện Chợ Đồn');
    expect(other.data?.unit?.scores).toBeNull();
    expect(other.data?.unit?.lostPoints).toBeNull();
    expect(other.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('1.1.2 declared not applicable to u1: its max 4 drops out of u1 ranking maximum and the index follows', async () => {
    const refused = [
      [tokens['officer']!, '1.1.2', NA_REASON, 'FORBIDDEN'],
      [tokens['appraiser']!, '1.1.1', NA_REASON, 'NOT_APPLICABLE_NOT_ALLOWED'],
      [tokens['appraiser']!, '1.1.2', '  ', 'REASON_REQUIRED'],
    ] as const;
    for (const [token, code, reason, expected] of refused) {
      const r = await gql(
        url,
        token,
        `mutation($r: String!) { markNotApplicable(input: { cycleId: "${CYCLE}", unitId: "u1", code: "${code}", reason: $r }) { version } }`,
        { r: reason },
      );
      expect(r.errors?.[0]?.extensions?.['code']).toBe(expected);
    }

    const marked = await gql<{ markNotApplicable: { version: number; notApplicable: { code: string; reason: string }[] } }>(
      url,
      tokens['appraiser']!,
      `mutation($r: String!) { markNotApplicable(input: { cycleId: "${CYCLE}", unitId: "u1", code: "1.1.2", reason: $r }) { version notApplicable { code reason } } }`,
      { r: NA_REASON },
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markNotApplicable).toEqual({ version: 6, notApplicable: [{ code: '1.1.2', reason: NA_REASON }] });

    // before: total 5.5 of 10 (55 %); after: 1.1.1's 2 points of 10 − 4 = 6
    const after = await eventually(async () => ((await rankOf())?.maxPoints === 6 ? rankOf() : undefined), 30_000, 'max to drop');
    expect(after).toMatchObject({ total: 2, maxPoints: 6 });
    expect(after!.indexPercent).toBeCloseTo((2 / 6) * 100, 1);
    const u2 = await rankOf('u2');
    expect(u2?.maxPoints).toBe(10);
    const lost = await eventually(
      async () => {
        const u = (await unitView(tokens['admin']!)).data?.unit;
        return u?.lostPoints?.total === 2 ? u.lostPoints : undefined;
      },
      30_000,
      'lost points to leave 1.1.2 out',
    );
    expect(lost.byComponent.flatMap((c) => c.items.map((i) => i.code))).toEqual(['2.1.1']);

    const cleared = await gql(
      url,
      tokens['admin']!,
      `mutation { clearNotApplicable(input: { cycleId: "${CYCLE}", unitId: "u1", code: "1.1.2", reason: "Nhầm đơn vị" }) { notApplicable { code } } }`,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data).toEqual({ clearNotApplicable: { notApplicable: [] } });
    const back = await eventually(async () => ((await rankOf())?.maxPoints === 10 ? rankOf() : undefined), 30_000, 'max back');
    expect(back).toMatchObject({ total: 5.5, maxPoints: 10, indexPercent: 55 });
  });
});
