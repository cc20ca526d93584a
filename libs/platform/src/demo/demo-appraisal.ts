import { eventually, gql } from './seed-demo-province';

/** The subject (`sub`) of an access token, the id `assignAppraisers` takes (read, not verified: the caller's own token). */
export function tokenSubject(token: string): string {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const sub = (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: unknown }).sub;
  if (typeof sub !== 'string') throw new Error('token without sub');
  return sub;
}

type Result = Awaited<ReturnType<typeof gql>>;
const codes = (r: Result) => (r.errors ?? []).map((e) => String(e.extensions?.['code']));

/**
 * Assigns the owners of `appraiserTokens` to units of a cycle through GraphQL, as the DHA does; waits while the
 * cycle has not reached the assessments service's catalog yet (UNKNOWN_CYCLE / UNKNOWN_UNIT right after the seed).
 */
export async function assignAppraisersThroughGateway(
  url: string,
  adminToken: string,
  appraiserTokens: readonly string[],
  cycleId: string,
  unitIds: readonly string[],
  teamName = 'Tổ thẩm định',
): Promise<void> {
  const q = `mutation($i: AssignAppraisersInput!) { assignAppraisers(input: $i) { version } }`;
  const i = { cycleId, unitIds, appraiserIds: appraiserTokens.map(tokenSubject), teamName };
  await eventually(
    async () => {
      const r = await gql(url, adminToken, q, { i });
      if (!r.errors) return true;
      if (codes(r).every((c) => c === 'UNKNOWN_CYCLE' || c === 'UNKNOWN_UNIT')) return false;
      throw new Error(`assignAppraisers failed: ${JSON.stringify(r.errors)}`);
    },
    60_000,
    `appraisers assigned in ${cycleId}`,
  );
}

/** Records the given self scores of a unit and submits its self-assessment (what appraisal waits for). */
export async function selfScoreAndSubmit(
  url: string,
  token: string,
  cycleId: string,
  unitId: string,
  scores: Readonly<Record<string, number>>,
): Promise<number> {
  for (const [code, score] of Object.entries(scores)) {
    const r = await gql(url, token, `mutation($i: RecordSelfScoreInput!) { recordSelfScore(input: $i) { version } }`, {
      i: { cycleId, unitId, subCriterionCode: code, score, note: null },
    });
    if (r.errors) throw new Error(`recordSelfScore ${unitId} ${code}: ${JSON.stringify(r.errors)}`);
  }
  const s = await gql<{ submitSelfAssessment: { version: number } }>(
    url,
    token,
    `mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { version } }`,
    { i: { cycleId, unitId } },
  );
  if (s.errors) throw new Error(`submitSelfAssessment ${unitId}: ${JSON.stringify(s.errors)}`);
  return s.data!.submitSelfAssessment.version;
}

/** An appraised score: the number alone when it needs no reason (it equals the self score), else with the reason. */
export type AppraisedScore = number | { readonly score: number; readonly reason: string };

/**
 * As the assigned appraiser: records the given appraised scores of a submitted unit, then finalizes its appraisal
 * (`finalizeAppraisal`: every item appraised by hand must have an appraised score by then). Returns `finalizedAt`.
 */
export async function appraiseAndFinalize(
  url: string,
  appraiserToken: string,
  cycleId: string,
  unitId: string,
  scores: Readonly<Record<string, AppraisedScore>>,
): Promise<string> {
  for (const [code, s] of Object.entries(scores)) {
    const { score, reason } = typeof s === 'number' ? { score: s, reason: null } : s;
    const r = await gql(url, appraiserToken, `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { version } }`, {
      i: { cycleId, unitId, subCriterionCode: code, score, reason },
    });
    if (r.errors) throw new Error(`recordAppraisedScore ${unitId} ${code}: ${JSON.stringify(r.errors)}`);
  }
  const f = await gql<{ finalizeAppraisal: { finalizedAt: string } }>(
    url,
    appraiserToken,
    `mutation($i: FinalizeAppraisalInput!) { finalizeAppraisal(input: $i) { finalizedAt } }`,
    { i: { cycleId, unitId } },
  );
  if (f.errors) throw new Error(`finalizeAppraisal ${unitId}: ${JSON.stringify(f.errors)}`);
  return f.data!.finalizeAppraisal.finalizedAt;
}

/** Today in Vietnam (UTC+7) as `YYYY-MM-DD`: the latest date a decision may carry. */
export const vietnamToday = (now = new Date()): string => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * As the DHA: publishes the cycle's ranking by decision (`publishRanking`), waiting while the ranking service has
 * not yet seen every unit's `AppraisalFinalized` (UNITS_NOT_FINAL right after the last `finalizeAppraisal`).
 */
export async function publishRankingThroughGateway(
  url: string,
  adminToken: string,
  cycleId: string,
  decision: { readonly number: string; readonly date: string; readonly signer?: string },
  timeoutMs = 60_000,
): Promise<void> {
  const q = `mutation($i: PublishRankingInput!) { publishRanking(input: $i) { latestVersion } }`;
  const i = { cycleId, decisionNumber: decision.number, decisionDate: decision.date, ...(decision.signer && { signer: decision.signer }) };
  await eventually(
    async () => {
      const r = await gql(url, adminToken, q, { i });
      if (!r.errors) return true;
      if (codes(r).every((c) => c === 'UNITS_NOT_FINAL')) return false;
      throw new Error(`publishRanking failed: ${JSON.stringify(r.errors)}`);
    },
    timeoutMs,
    `the ranking of ${cycleId} published`,
  );
}

/** The people of a demo province who run its published demo cycle (tokens of the embedded issuer or Keycloak). */
export interface PublishedDemoActors {
  readonly admin: string;
  readonly appraiser: string;
  /** Unit id → the token of its officer; units without one are self-assessed by the DHA on their behalf. */
  readonly officers: Readonly<Record<string, string>>;
}

/**
 * Runs the demo cycle of a province to its publication, as its people would through GraphQL (`npm start` does it for
 * Cao Bằng, so that integrators and the ministry find an official ranking at once): each unit self-assesses and
 * submits, the assigned appraiser appraises (lowering one score with a reason) and finalizes, the DHA publishes by
 * decision. Skipped when the cycle already has an official version (a kept embedded data directory).
 */
export async function publishDemoCycle(
  url: string,
  province: string,
  cycleId: string,
  unitIds: readonly string[],
  who: PublishedDemoActors,
): Promise<void> {
  const official = await gql<{ officialRanking: unknown }>(
    url,
    who.admin,
    `query($c: ID!) { officialRanking(cycleId: $c) { latestVersion } }`,
    {
      c: cycleId,
    },
  );
  if (official.data?.officialRanking) return;
  const plans: Record<string, number>[] = [
    { '1.1.1': 2, '1.1.2': 3.5, '2.1.1': 2 },
    { '1.1.1': 1.5, '1.1.2': 3, '2.1.1': 2 },
    { '1.1.1': 1, '1.1.2': 2.5, '2.1.1': 0 },
  ];
  for (const [i, unitId] of unitIds.entries()) {
    const scores = plans[i % plans.length]!;
    await selfScoreAndSubmit(url, who.officers[unitId] ?? who.admin, cycleId, unitId, scores);
    const appraised: Record<string, AppraisedScore> = { ...scores };
    if (i === 0) appraised['1.1.2'] = { score: 3, reason: 'Còn 1 nhiệm vụ của kế hoạch chưa hoàn thành đúng hạn' };
    await appraiseAndFinalize(url, who.appraiser, cycleId, unitId, appraised);
  }
  await publishRankingThroughGateway(url, who.admin, cycleId, {
    number: '45/QĐ-UBND',
    date: vietnamToday(),
    signer: `Chủ tịch UBND tỉnh (${province}, dữ liệu mẫu)`,
  });
}
