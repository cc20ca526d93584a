/**
 * Self-assessment through the gateway with Keycloak tokens: scores from raw figures, evidence uploaded as GraphQL
 * multipart (size and type by content), the evidence-or-explanation rule, submission with its lock, reopening, and
 * the SELF_ASSESSMENT phase's deadline; every refusal coded, Vietnamese, and leaving nothing written.
 */
import { createHash } from 'node:crypto';
import { createKafkaBus, kafkaBrokersFromEnv, type IncomingMessage } from '@par/messaging';
import { assignAppraisersThroughGateway, DEMO_CYCLE, demoFrameworkYaml, eventually, gql, seedDemoProvince } from '@par/platform';
import { keycloakToken, startTestStack, type TestStack } from '../support/stack';

const GATEWAY_PORT = 5370;
const PORT_OFFSET = 1270;
const CYCLE = DEMO_CYCLE.id;
const EVIDENCE_LIMIT = 256 * 1024;

/** The demo framework with evidence required for 1.1.2 and 2.1.1 scored from figures (share of procedures, 2 points). */
function selfAssessmentFramework(province: string): string {
  const yaml = demoFrameworkYaml(province)
    .replace(/(code: "1\.1\.2".*departments: \[SNV\])/, '$1, evidenceRequired: true')
    .replace(/(code: "2\.1\.1".*)rule: \{ type: yes-no \}/, '$1rule: { type: ratio, unitLabel: thủ tục }');
  if (!yaml.includes('evidenceRequired: true') || !yaml.includes('type: ratio')) throw new Error('demo framework lines not found');
  return yaml;
}

type Gql = Awaited<ReturnType<typeof gql>>;
const codeOf = (r: Gql) => r.errors?.[0]?.extensions?.['code'];

const VIEW = `cycleId unitId version status submittedAt
  items { code ruleDescription takesFigures status statusLabel selfScore figures { numerator denominator } ruleExplanation evidenceRequired evidenceMissing
          evidence { sha256 fileName mediaType size } explanation }
  completeness { applicable scored unscored missingEvidence complete deadline deadlinePassed }`;

interface ItemView {
  code: string;
  ruleDescription: string;
  takesFigures: boolean;
  status: string;
  statusLabel: string;
  selfScore: number | null;
  figures: { numerator: number | null; denominator: number | null } | null;
  ruleExplanation: string | null;
  evidenceRequired: boolean;
  evidenceMissing: boolean;
  evidence: { sha256: string; fileName: string; mediaType: string; size: number }[];
  explanation: string | null;
}
interface AssessmentView {
  version: number;
  status: string;
  submittedAt: string | null;
  items: ItemView[];
  completeness: {
    applicable: number;
    scored: number;
    unscored: string[];
    missingEvidence: string[];
    complete: boolean;
    deadline: string | null;
    deadlinePassed: boolean;
  };
}

const ATTACH = `mutation($i: EvidenceTargetInput!, $file: Upload!) { attachEvidence(input: $i, file: $file) { version items { code evidence { sha256 fileName mediaType size } } } }`;

const pdf = (filler = 'Kế hoạch CCHC năm 2025') => Buffer.from(`%PDF-1.4\n% ${filler}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('self-assessment: figures, evidence, submission and deadline, through the gateway', () => {
  let stack: TestStack;
  let url: string;
  const tokens: Record<string, string> = {};
  const previousLimit = process.env['PAR_EVIDENCE_MAX_BYTES'];

  const view = async (token = tokens['officer']!, unitId = 'u1') => {
    const r = await gql<{ assessment: AssessmentView }>(url, token, `{ assessment(cycleId: "${CYCLE}", unitId: "${unitId}") { ${VIEW} } }`);
    expect(r.errors).toBeUndefined();
    return r.data!.assessment;
  };
  const upload = async (token: string, code: string, fileName: string, body: Uint8Array, extra: { expectedVersion?: number } = {}) => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: ATTACH, variables: { i: { cycleId: CYCLE, unitId: 'u1', code, ...extra }, file: null } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(body)]), fileName);
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: res.status, ...((await res.json()) as Omit<Gql, 'status'>) };
  };
  const selfScore = (token: string, code: string, args: string, unitId = 'u1') =>
    gql(
      url,
      token,
      `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "${unitId}", subCriterionCode: "${code}", ${args} }) { version } }`,
    );
  const submit = (token = tokens['officer']!) =>
    gql<{ submitSelfAssessment: AssessmentView }>(
      url,
      token,
      `mutation { submitSelfAssessment(input: { cycleId: "${CYCLE}", unitId: "u1" }) { ${VIEW} } }`,
    );
  /** What is stored for the province: events of u1's stream and evidence documents, straight from PostgreSQL. */
  const written = async () => {
    const events = await stack.inspect.query<{ n: number }>(`SELECT count(*)::int AS n FROM assessments.events WHERE stream_id = $1`, [
      `assessment:bac-kan:${CYCLE}:u1`,
    ]);
    const blobs = await stack.inspect.query<{ n: number }>(`SELECT count(*)::int AS n FROM assessments.evidence_blobs`);
    return { events: events.rows[0]!.n, blobs: blobs.rows[0]!.n };
  };
  /** A refusal: the coded error, a Vietnamese message, and not one row more. */
  const refused = async (attempt: () => Promise<Gql>, code: string) => {
    const before = await written();
    const r = await attempt();
    expect(codeOf(r)).toBe(code);
    expect(r.errors?.[0]?.message).toMatch(/[àáảãạăâđêôơưếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ]/);
    expect(await written()).toEqual(before);
    return r;
  };

  beforeAll(async () => {
    process.env['PAR_EVIDENCE_MAX_BYTES'] = String(EVIDENCE_LIMIT);
    stack = await startTestStack({ gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
    url = stack.platform.gateway.url;
    for (const [key, user] of [
      ['admin', 'admin'],
      ['officer', 'officer.u1'],
      ['officer2', 'officer.u2'],
      ['appraiser', 'appraiser'],
    ] as const) {
      tokens[key] = await keycloakToken('bac-kan', user);
    }
    const published = await gql(
      url,
      tokens['admin']!,
      `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Dữ liệu thử" }) { version } }`,
      { d: selfAssessmentFramework('bac-kan') },
    );
    expect(published.errors).toBeUndefined();
    await seedDemoProvince(url, tokens['admin']!, 'bac-kan');
    // the cycle and framework reach the assessments catalog through Kafka
    await eventually(
      async () => {
        const r = await gql<{ assessment: { items: unknown[] } }>(
          url,
          tokens['officer']!,
          `{ assessment(cycleId: "${CYCLE}", unitId: "u1") { items { code } } }`,
        );
        return r.data?.assessment.items.length === 3;
      },
      60_000,
      'the assessments catalog to know the cycle',
    );
  }, 120_000);

  afterAll(async () => {
    if (previousLimit === undefined) delete process.env['PAR_EVIDENCE_MAX_BYTES'];
    else process.env['PAR_EVIDENCE_MAX_BYTES'] = previousLimit;
    await stack?.close();
  });

  it('shows a unit not started: every self-assessed item chưa chấm (not 0), none complete, no deadline', async () => {
    const a = await view();
    expect(a).toMatchObject({ version: 0, status: 'NOT_STARTED', submittedAt: null });
    expect(a.items.map((i) => [i.code, i.status, i.statusLabel, i.selfScore, i.evidenceRequired])).toEqual([
      ['1.1.1', 'NOT_SCORED', 'Chưa chấm', null, false],
      ['1.1.2', 'NOT_SCORED', 'Chưa chấm', null, true],
      ['2.1.1', 'NOT_SCORED', 'Chưa chấm', null, false],
    ]);
    expect(a.completeness).toEqual({
      applicable: 3,
      scored: 0,
      unscored: ['1.1.1', '1.1.2', '2.1.1'],
      missingEvidence: ['1.1.2'],
      complete: false,
      deadline: null,
      deadlinePassed: false,
    });
  });

  it("scores 2.1.1 from raw figures with the framework's rule: 49 of 51 procedures", async () => {
    const r = await gql<{ recordSelfScore: { scores: { subCriterionCode: string; selfScore: number; ruleExplanation: string }[] } }>(
      url,
      tokens['officer']!,
      `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "2.1.1", figures: { numerator: 49, denominator: 51 } }) {
         scores { subCriterionCode selfScore ruleExplanation } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordSelfScore.scores).toEqual([
      { subCriterionCode: '2.1.1', selfScore: (49 / 51) * 2, ruleExplanation: '49/51 thủ tục → 1,92/2 điểm' },
    ]);
    const item = (await view()).items.find((i) => i.code === '2.1.1')!;
    expect(item).toMatchObject({
      status: 'SCORED',
      figures: { numerator: 49, denominator: 51 },
      ruleExplanation: '49/51 thủ tục → 1,92/2 điểm',
      takesFigures: true,
      ruleDescription: 'Điểm = tỷ lệ thủ tục đạt yêu cầu × 2 (tối đa 2).',
    });
    await refused(() => selfScore(tokens['officer']!, '2.1.1', 'figures: { numerator: 49 }'), 'FIGURES_INVALID');
    await refused(() => selfScore(tokens['officer']!, '1.1.1', 'figures: { numerator: 1, denominator: 2 }'), 'FIGURES_NOT_APPLICABLE');
    await refused(() => selfScore(tokens['officer']!, '2.1.1', 'score: 1, figures: { numerator: 1, denominator: 2 }'), 'VALUE_AND_FIGURES');
  });

  it('uploads a PDF as evidence: stored by SHA-256, the hash in the event, downloadable by the appraiser', async () => {
    const body = pdf();
    const r = await upload(tokens['officer']!, '1.1.2', 'Báo cáo kết quả CCHC.pdf', body);
    expect(r.errors).toBeUndefined();
    const evidence = { sha256: sha(body), fileName: 'Báo cáo kết quả CCHC.pdf', mediaType: 'application/pdf', size: body.length };
    expect((r.data as { attachEvidence: { items: ItemView[] } }).attachEvidence.items.find((i) => i.code === '1.1.2')?.evidence).toEqual([
      evidence,
    ]);
    const stored = await stack.inspect.query(
      `SELECT type, data FROM assessments.events WHERE stream_id = $1 AND type = 'EvidenceAttached'`,
      [`assessment:bac-kan:${CYCLE}:u1`],
    );
    expect(stored.rows).toEqual([
      { type: 'EvidenceAttached', data: { cycleId: CYCLE, unitId: 'u1', subCriterionCode: '1.1.2', ...evidence } },
    ]);
    const blob = await stack.inspect.query<{ content: Buffer }>(`SELECT content FROM assessments.evidence_blobs WHERE sha256 = $1`, [
      evidence.sha256,
    ]);
    expect(Buffer.compare(blob.rows[0]!.content, body)).toBe(0);

    const download = await gql<{ evidence: { fileName: string; mediaType: string; code: string; contentBase64: string } }>(
      url,
      tokens['appraiser']!,
      `{ evidence(cycleId: "${CYCLE}", unitId: "u1", sha256: "${evidence.sha256}") { fileName mediaType code contentBase64 } }`,
    );
    expect(download.errors).toBeUndefined();
    expect(download.data?.evidence).toEqual({
      fileName: evidence.fileName,
      mediaType: 'application/pdf',
      code: '1.1.2',
      contentBase64: body.toString('base64'),
    });
    // another unit's officer cannot read it, even knowing the hash
    const foreign = await gql(
      url,
      tokens['officer2']!,
      `{ evidence(cycleId: "${CYCLE}", unitId: "u1", sha256: "${evidence.sha256}") { size } }`,
    );
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const wrongUnit = await gql(
      url,
      tokens['appraiser']!,
      `{ evidence(cycleId: "${CYCLE}", unitId: "u2", sha256: "${evidence.sha256}") { size } }`,
    );
    expect(codeOf(wrongUnit)).toBe('UNKNOWN_EVIDENCE');
  });

  it('refuses a file over the size limit, content not matching its type, and an officer writing another unit — writing nothing', async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(EVIDENCE_LIMIT, 0x20)]);
    const tooLarge = await refused(() => upload(tokens['officer']!, '1.1.2', 'quyet-dinh.pdf', big), 'EVIDENCE_TOO_LARGE');
    expect(tooLarge.errors?.[0]?.message).toBe('Tài liệu kiểm chứng vượt quá dung lượng cho phép (0,25 MB).');
    const pngAsPdf = await refused(() => upload(tokens['officer']!, '1.1.2', 'ke-hoach.pdf', png), 'EVIDENCE_TYPE_MISMATCH');
    expect(pngAsPdf.errors?.[0]?.message).toBe('Nội dung tệp không phải là PDF như tên tệp cho biết (nội dung là tệp .png).');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    await refused(() => upload(tokens['officer']!, '1.1.2', 'bao-cao.pdf', random), 'EVIDENCE_TYPE_MISMATCH');
    await refused(() => upload(tokens['officer']!, '1.1.2', 'setup.exe', pdf()), 'EVIDENCE_TYPE_NOT_ALLOWED');
    await refused(() => upload(tokens['officer2']!, '1.1.2', 'bao-cao.pdf', pdf('u2')), 'FORBIDDEN');
    await refused(() => selfScore(tokens['officer2']!, '1.1.1', 'score: 2'), 'FORBIDDEN');
    await refused(() => upload(tokens['officer']!, '2.1.2', 'khao-sat.pdf', pdf('survey')), 'NOT_SELF_ASSESSED');
    const { version } = await view();
    await refused(
      () => upload(tokens['officer']!, '1.1.2', 'bao-cao-2.pdf', pdf('2'), { expectedVersion: version - 1 }),
      'CONCURRENCY_CONFLICT',
    );
  });

  it('refuses to submit with missing items, naming every one; the explanation stands in for missing evidence', async () => {
    const missing = await refused(() => submit(), 'SELF_ASSESSMENT_INCOMPLETE');
    expect(missing.errors?.[0]?.message).toBe('Chưa thể gửi kết quả tự đánh giá: chưa chấm điểm tiêu chí 1.1.1, 1.1.2.');
    expect(missing.errors?.[0]?.extensions?.['detail']).toBe('The self-assessment is incomplete (not scored: 1.1.1, 1.1.2)');
    expect(missing.errors?.[0]?.extensions?.['meta']).toEqual({ unscored: ['1.1.1', '1.1.2'], missingEvidence: [] });

    expect((await selfScore(tokens['officer']!, '1.1.1', 'score: 2')).errors).toBeUndefined();
    expect((await selfScore(tokens['officer']!, '1.1.2', 'score: 3.5')).errors).toBeUndefined();
    const detached = await gql(
      url,
      tokens['officer']!,
      `mutation { detachEvidence(input: { cycleId: "${CYCLE}", unitId: "u1", code: "1.1.2", sha256: "${sha(pdf())}" }) { version } }`,
    );
    expect(detached.errors).toBeUndefined();
    const noEvidence = await refused(() => submit(), 'EVIDENCE_OR_EXPLANATION_REQUIRED');
    expect(noEvidence.errors?.[0]?.message).toBe(
      'Chưa thể gửi kết quả tự đánh giá: thiếu tài liệu kiểm chứng hoặc giải trình ở tiêu chí 1.1.2.',
    );
    const explained = await gql(
      url,
      tokens['officer']!,
      `mutation { writeItemExplanation(input: { cycleId: "${CYCLE}", unitId: "u1", code: "1.1.2", explanation: "Báo cáo đang trình ký, gửi bổ sung trước 15/11" }) { version } }`,
    );
    expect(explained.errors).toBeUndefined();
    expect((await view()).completeness).toMatchObject({ applicable: 3, scored: 3, unscored: [], missingEvidence: [], complete: true });
  });

  it('submits, then locks the self scores, figures, evidence and explanations', async () => {
    const r = await submit();
    expect(r.errors).toBeUndefined();
    expect(r.data?.submitSelfAssessment).toMatchObject({ status: 'SUBMITTED' });
    expect(r.data?.submitSelfAssessment.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const locked = await refused(() => selfScore(tokens['officer']!, '1.1.1', 'score: 1.5'), 'SELF_ASSESSMENT_SUBMITTED');
    expect(locked.errors?.[0]?.message).toMatch(/^Đơn vị đã gửi kết quả tự đánh giá ngày \d\d\/\d\d\/\d{4}; không thể sửa/);
    await refused(() => selfScore(tokens['admin']!, '2.1.1', 'figures: { numerator: 51, denominator: 51 }'), 'SELF_ASSESSMENT_SUBMITTED');
    await refused(() => upload(tokens['officer']!, '1.1.2', 'bo-sung.pdf', pdf('bổ sung')), 'SELF_ASSESSMENT_SUBMITTED');
    await refused(() => submit(), 'SELF_ASSESSMENT_SUBMITTED');
    // the same assessment through the federated Unit entity
    const unit = await gql<{
      unit: { name: string; assessment: { status: string; completeness: { scored: number; applicable: number } } };
    }>(
      url,
      tokens['officer']!,
      `{ unit(id: "u1") { name assessment(cycleId: "${CYCLE}") { status completeness { scored applicable } } } }`,
    );
    expect(unit.errors).toBeUndefined();
    expect(unit.data?.unit).toEqual({
      name: 'UBND huyện Ba Bể',
      assessment: { status: 'SUBMITTED', completeness: { scored: 3, applicable: 3 } },
    });
    // the appraisal is not locked by the unit's submission (by an appraiser assigned to the unit)
    await assignAppraisersThroughGateway(url, tokens['admin']!, [tokens['appraiser']!], CYCLE, ['u1']);
    const appraised = await gql(
      url,
      tokens['appraiser']!,
      `mutation { recordAppraisedScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "1.1.2", score: 3, reason: "Thiếu báo cáo quý IV" }) { version } }`,
    );
    expect(appraised.errors).toBeUndefined();
  });

  it('publishes SelfAssessmentSubmittedV1 and the evidence changes on par.assessments.v1', async () => {
    const reader = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `e2e-sa-reader-${stack.database}`, lagIntervalMs: 0 });
    const seen: IncomingMessage[] = [];
    const sub = await reader.subscribe({
      groupId: `e2e-sa-reader-${stack.database}`,
      topics: [`par.assessments.v1.${stack.database}`],
      fromBeginning: true,
      handle: async (m) => {
        seen.push(m);
      },
    });
    try {
      const submitted = await eventually(
        async () => seen.find((m) => m.headers['event-type'] === 'SelfAssessmentSubmitted'),
        30_000,
        'SelfAssessmentSubmitted on Kafka',
      );
      expect(submitted.key).toBe(`assessment:bac-kan:${CYCLE}:u1`);
      expect(submitted.headers['province']).toBe('bac-kan');
      expect(submitted.value).toMatchObject({
        type: 'SelfAssessmentSubmitted',
        version: 1,
        province: 'bac-kan',
        cycleId: CYCLE,
        unitId: 'u1',
      });
      expect(seen.filter((m) => String(m.headers['event-type']).startsWith('Evidence')).map((m) => m.headers['event-type'])).toEqual([
        'EvidenceAttached',
        'EvidenceDetached',
      ]);
    } finally {
      await sub.close();
      await reader.close();
    }
  });

  it('is reopened by the DHA only, with a reason', async () => {
    const reopen = (token: string, reason: string) =>
      gql<{ reopenSelfAssessment: AssessmentView }>(
        url,
        token,
        `mutation { reopenSelfAssessment(input: { cycleId: "${CYCLE}", unitId: "u1", reason: "${reason}" }) { ${VIEW} } }`,
      );
    await refused(() => reopen(tokens['officer']!, 'Xin sửa'), 'FORBIDDEN');
    await refused(() => reopen(tokens['admin']!, ' '), 'REASON_REQUIRED');
    const r = await reopen(tokens['admin']!, 'Đơn vị xin bổ sung báo cáo quý IV');
    expect(r.errors).toBeUndefined();
    expect(r.data?.reopenSelfAssessment).toMatchObject({ status: 'IN_PROGRESS', submittedAt: null });
  });

  it("enforces the SELF_ASSESSMENT phase's deadline for scores, evidence and submission", async () => {
    const set = await gql(
      url,
      tokens['admin']!,
      `mutation { setCyclePhases(cycleId: "${CYCLE}", phases: [
        { phase: SELF_ASSESSMENT, startDate: "2025-01-01", deadline: "2025-06-30" },
        { phase: APPRAISAL, startDate: "2025-07-01", deadline: "2025-12-31" }]) { cycleId } }`,
    );
    expect(set.errors).toBeUndefined();
    // the phases reach the assessments catalog through Kafka
    await eventually(async () => (await view()).completeness.deadline === '2025-06-30', 30_000, 'the deadline to reach assessments');
    expect((await view()).completeness.deadlinePassed).toBe(true);
    const late = await refused(() => upload(tokens['officer']!, '1.1.2', 'bo-sung.pdf', pdf('muộn')), 'DEADLINE_PASSED');
    expect(late.errors?.[0]?.message).toBe('Đã hết hạn tự đánh giá (hạn cuối: 30/06/2025).');
    await refused(() => selfScore(tokens['officer']!, '1.1.1', 'score: 1.75'), 'DEADLINE_PASSED');
    await refused(() => submit(), 'DEADLINE_PASSED');
  });
});
