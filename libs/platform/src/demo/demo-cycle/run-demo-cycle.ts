import { appraiseAndFinalize, assignAppraisersThroughGateway, publishRankingThroughGateway } from '../demo-appraisal';
import { gql } from '../seed-demo-province';
import type { DemoCyclePlan, DemoUnitPlan } from './demo-cycle-plan';
import { sortRows, type DemoRankingRow } from './expected-ranking';

/**
 * The driver of `npm run demo:cycle` and of the whole-cycle e2e: runs the yearly cycle of one province through the
 * gateway's public GraphQL API as its people would — the DHA publishes the framework, registers the communes, opens
 * the cycle with its phases and assigns appraisal teams; each unit's officer records its self-assessment in one
 * batch, uploads its evidence (multipart), explains what has none and submits; the assigned appraisers appraise in
 * one batch per unit; units answer the preliminary result (giải trình) and the appraisers decide again; appraisals
 * are finalized and the DHA publishes the ranking by decision. The platform's clock is moved into each phase, so
 * every deadline and start date is enforced as in a real year. Returns how long each phase took and the official
 * ranking read back.
 */
export interface DemoCycleActors {
  admin(): Promise<string>;
  /** The appraisers, one per appraisal team; units are shared out among them in turn. */
  readonly appraisers: readonly (() => Promise<string>)[];
  /** The officer of a unit (a token whose `unit_id` is that unit). */
  officer(unitId: string): Promise<string>;
}

/** The platform's clock as the demo moves it (an ISO date: that day, 09:00 in Vietnam). */
export interface DemoClock {
  moveTo(isoDate: string): void;
}

export interface DemoCycleOptions {
  readonly url: string;
  readonly plan: DemoCyclePlan;
  readonly cycleId: string;
  readonly year: number;
  readonly actors: DemoCycleActors;
  readonly clock: DemoClock;
  /** Units worked on at the same time (default 4). */
  readonly concurrency?: number;
  readonly decision?: { readonly number: string; readonly date: string; readonly signer?: string };
  readonly log?: (line: string) => void;
  /** Called when a phase is done (e.g. a test noting the moment, for the audit trail's state as of then). */
  readonly onPhaseEnd?: (phase: DemoPhase) => void | Promise<void>;
  /** How long publication may wait for the ranking to see every final appraisal (default 5 minutes). */
  readonly publishTimeoutMs?: number;
}

export type DemoPhase = 'prepare' | 'self-assessment' | 'appraisal' | 'explanation' | 'final-appraisal' | 'publication';
const PHASE_LABELS: Record<DemoPhase, string> = {
  prepare: 'Chuẩn bị (bộ tiêu chí, đơn vị, kỳ đánh giá, phân công)',
  'self-assessment': 'Tự đánh giá (điểm, tài liệu kiểm chứng, gửi)',
  appraisal: 'Thẩm định',
  explanation: 'Giải trình',
  'final-appraisal': 'Thẩm định lại và chốt kết quả',
  publication: 'Phê duyệt, công bố',
};

export interface DemoPhaseTiming {
  readonly phase: DemoPhase;
  readonly label: string;
  readonly ms: number;
  readonly requests: number;
}
export interface OfficialDemoRow extends DemoRankingRow {
  readonly unitName: string;
}
export interface DemoCycleResult {
  readonly timings: readonly DemoPhaseTiming[];
  readonly official: { readonly version: number; readonly decisionNumber: string; readonly decisionDate: string; rows: OfficialDemoRow[] };
}

/** The cycle's phases in the demo's year (docs: SELF_ASSESSMENT … PUBLISHED, none overlapping). */
export const demoCyclePhases = (year: number) => [
  { phase: 'SELF_ASSESSMENT', startDate: `${year}-10-01`, deadline: `${year}-10-31` },
  { phase: 'APPRAISAL', startDate: `${year}-11-01`, deadline: `${year}-11-12` },
  { phase: 'EXPLANATION', startDate: `${year}-11-13`, deadline: `${year}-11-18` },
  { phase: 'FINAL_APPRAISAL', startDate: `${year}-11-19`, deadline: `${year}-11-30` },
  { phase: 'PUBLISHED', startDate: `${year}-12-01`, deadline: `${year}-12-31` },
];

type Gql = Awaited<ReturnType<typeof gql>>;
const must = <T extends Gql>(r: T, what: string, allowed: readonly string[] = []): T => {
  const bad = (r.errors ?? []).filter((e) => !allowed.includes(String(e.extensions?.['code'])));
  if (bad.length) throw new Error(`${what}: ${JSON.stringify(bad)}`);
  return r;
};

/** Runs `work` over `items`, at most `limit` at a time, in order of start. */
async function forEachLimit<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

class PhaseTimer {
  readonly timings: DemoPhaseTiming[] = [];
  requests = 0;
  constructor(
    private readonly log: (line: string) => void,
    private readonly onEnd: (phase: DemoPhase) => void | Promise<void>,
  ) {}
  async run(phase: DemoPhase, work: () => Promise<void>): Promise<void> {
    const started = performance.now();
    const before = this.requests;
    await work();
    const timing = { phase, label: PHASE_LABELS[phase], ms: Math.round(performance.now() - started), requests: this.requests - before };
    this.timings.push(timing);
    this.log(`  ${timing.label}: ${timing.ms} ms, ${timing.requests} yêu cầu`);
    await this.onEnd(phase);
  }
}

export async function runDemoCycle(opts: DemoCycleOptions): Promise<DemoCycleResult> {
  const timer = new PhaseTimer(opts.log ?? (() => undefined), opts.onPhaseEnd ?? (() => undefined));
  const call = async <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    timer.requests++;
    return gql<T>(opts.url, token, query, variables);
  };
  const ctx: DriverContext = { ...opts, call, timer, concurrency: opts.concurrency ?? 4 };
  opts.clock.moveTo(`${opts.year}-09-20`);
  await timer.run('prepare', () => prepare(ctx));
  opts.clock.moveTo(`${opts.year}-10-20`);
  await timer.run('self-assessment', () => forEachLimit(opts.plan.units, ctx.concurrency, (u) => selfAssess(ctx, u)));
  opts.clock.moveTo(`${opts.year}-11-05`);
  await timer.run('appraisal', () => forEachLimit(opts.plan.units, ctx.concurrency, (u, i) => appraise(ctx, u, i)));
  opts.clock.moveTo(`${opts.year}-11-15`);
  const explaining = opts.plan.units.filter((u) => u.explanation);
  await timer.run('explanation', () => forEachLimit(explaining, ctx.concurrency, (u) => explain(ctx, u)));
  opts.clock.moveTo(`${opts.year}-11-22`);
  await timer.run('final-appraisal', () => forEachLimit(opts.plan.units, ctx.concurrency, (u, i) => decideAndFinalize(ctx, u, i)));
  opts.clock.moveTo(`${opts.year}-12-02`);
  const decision = opts.decision ?? { number: `125/QĐ-UBND`, date: `${opts.year}-12-01`, signer: 'Chủ tịch UBND tỉnh' };
  await timer.run('publication', async () => {
    await publishRankingThroughGateway(opts.url, await opts.actors.admin(), opts.cycleId, decision, opts.publishTimeoutMs ?? 300_000);
    timer.requests++;
  });
  return { timings: timer.timings, official: await readOfficial(ctx) };
}

interface DriverContext extends DemoCycleOptions {
  readonly call: <T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<Gql & { data?: T }>;
  readonly timer: PhaseTimer;
  readonly concurrency: number;
}

const appraiserOf = (ctx: DriverContext, unitIndex: number) => ctx.actors.appraisers[unitIndex % ctx.actors.appraisers.length]!;

async function prepare(ctx: DriverContext): Promise<void> {
  const admin = await ctx.actors.admin();
  const { plan, cycleId, year } = ctx;
  const framework = plan.framework;
  const known = await ctx.call<{ framework: unknown }>(
    admin,
    `query($id: String!) { framework(frameworkId: $id, version: 1) { version } }`,
    {
      id: framework.id,
    },
  );
  if (!known.data?.framework) {
    const q = `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Bộ tiêu chí mô phỏng" }) { version } }`;
    must(await ctx.call(admin, q, { d: plan.frameworkYaml }), 'publishFramework');
  }
  await forEachLimit(plan.units, ctx.concurrency, async (u) => {
    const input = { id: u.unitId, name: u.unitName, unitType: 'commune', code: u.unitCode };
    must(await ctx.call(admin, `mutation($i: RegisterUnitInput!) { registerUnit(input: $i) { id } }`, { i: input }), 'registerUnit', [
      'UNIT_EXISTS',
    ]);
  });
  const cycle = {
    id: cycleId,
    name: `Chỉ số CCHC cấp xã năm ${year}`,
    year,
    unitType: 'commune',
    frameworkId: framework.id,
    frameworkVersion: 1,
  };
  must(await ctx.call(admin, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: cycle }), 'openCycle', ['CYCLE_EXISTS']);
  const phases = `mutation($id: ID!, $p: [CyclePhaseInput!]!) { setCyclePhases(cycleId: $id, phases: $p) { cycleId } }`;
  must(await ctx.call(admin, phases, { id: cycleId, p: demoCyclePhases(year) }), 'setCyclePhases');
  const teams = ctx.actors.appraisers.length;
  for (let t = 0; t < teams; t++) {
    const units = plan.units.filter((_, i) => i % teams === t).map((u) => u.unitId);
    await assignAppraisersThroughGateway(ctx.url, admin, [await ctx.actors.appraisers[t]!()], cycleId, units, `Tổ thẩm định số ${t + 1}`);
    ctx.timer.requests++;
  }
}

/** A small, valid PDF naming the unit and the item: the evidence document a unit uploads. */
export function demoEvidencePdf(unitName: string, code: string): Uint8Array {
  const ascii = (s: string) => s.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  return new TextEncoder().encode(
    `%PDF-1.4\n% Tai lieu kiem chung ${ascii(unitName)} tieu chi ${code}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

const ATTACH = `mutation($i: EvidenceTargetInput!, $file: Upload!) { attachEvidence(input: $i, file: $file) { version } }`;

async function uploadEvidence(ctx: DriverContext, token: string, u: DemoUnitPlan, code: string): Promise<void> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: ATTACH, variables: { i: { cycleId: ctx.cycleId, unitId: u.unitId, code }, file: null } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append(
    '0',
    new Blob([demoEvidencePdf(u.unitName, code) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    `kiem-chung-${code}.pdf`,
  );
  ctx.timer.requests++;
  const res = await fetch(ctx.url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  must({ status: res.status, ...((await res.json()) as Omit<Gql, 'status'>) }, `attachEvidence ${u.unitId} ${code}`);
}

async function selfAssess(ctx: DriverContext, u: DemoUnitPlan): Promise<void> {
  const token = await ctx.actors.officer(u.unitId);
  const items = u.self.map((s) => ({ subCriterionCode: s.subCriterionCode, ...(s.figures ? { figures: s.figures } : { score: s.score }) }));
  const q = `mutation($i: RecordSelfScoresInput!) { recordSelfScores(input: $i) { version } }`;
  must(await ctx.call(token, q, { i: { cycleId: ctx.cycleId, unitId: u.unitId, items } }), `recordSelfScores ${u.unitId}`);
  for (const code of u.evidenceFor) await uploadEvidence(ctx, token, u, code);
  for (const code of u.explainedWithoutEvidence) {
    const explanation = 'Văn bản đang chờ cấp có thẩm quyền ký ban hành; đơn vị sẽ bổ sung khi có.';
    const w = `mutation($i: WriteItemExplanationInput!) { writeItemExplanation(input: $i) { version } }`;
    must(
      await ctx.call(token, w, { i: { cycleId: ctx.cycleId, unitId: u.unitId, code, explanation } }),
      `writeItemExplanation ${u.unitId}`,
    );
  }
  const s = `mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { version } }`;
  must(await ctx.call(token, s, { i: { cycleId: ctx.cycleId, unitId: u.unitId } }), `submitSelfAssessment ${u.unitId}`);
}

async function appraise(ctx: DriverContext, u: DemoUnitPlan, index: number): Promise<void> {
  const token = await appraiserOf(ctx, index)();
  const q = `mutation($i: RecordAppraisedScoresInput!) { recordAppraisedScores(input: $i) { version } }`;
  must(
    await ctx.call(token, q, { i: { cycleId: ctx.cycleId, unitId: u.unitId, items: u.appraisal } }),
    `recordAppraisedScores ${u.unitId}`,
  );
}

async function explain(ctx: DriverContext, u: DemoUnitPlan): Promise<void> {
  const e = u.explanation!;
  const q = `mutation($i: SubmitExplanationInput!) { submitExplanation(input: $i) { version } }`;
  const i = { cycleId: ctx.cycleId, unitId: u.unitId, code: e.criterionCode, text: e.text };
  must(await ctx.call(await ctx.actors.officer(u.unitId), q, { i }), `submitExplanation ${u.unitId}`);
}

async function decideAndFinalize(ctx: DriverContext, u: DemoUnitPlan, index: number): Promise<void> {
  const token = await appraiserOf(ctx, index)();
  const e = u.explanation;
  if (e) {
    const q = `mutation($i: DecideExplanationInput!) { decideExplanation(input: $i) { version } }`;
    const i = { cycleId: ctx.cycleId, unitId: u.unitId, code: e.criterionCode, outcome: e.outcome, reason: e.reason };
    const changed = e.outcome === 'CHANGED' ? { subCriterionCode: e.subCriterionCode, score: e.score } : {};
    must(await ctx.call(token, q, { i: { ...i, ...changed } }), `decideExplanation ${u.unitId}`);
  }
  // every item already has its appraised score: finalizing records nothing more (an empty score list)
  await appraiseAndFinalize(ctx.url, token, ctx.cycleId, u.unitId, {});
  ctx.timer.requests++;
}

async function readOfficial(ctx: DriverContext): Promise<DemoCycleResult['official']> {
  const q = `query($c: ID!) { officialRanking(cycleId: $c) { version { version decisionNumber decisionDate }
    rows { rank unitId unitName total indexPercent classLabel } } }`;
  const r = must(
    await ctx.call<{
      officialRanking: { version: { version: number; decisionNumber: string; decisionDate: string }; rows: OfficialDemoRow[] } | null;
    }>(await ctx.actors.admin(), q, { c: ctx.cycleId }),
    'officialRanking',
  );
  const official = r.data?.officialRanking;
  if (!official) throw new Error('the official ranking is not there after publication');
  return { ...official.version, rows: sortRows(official.rows) };
}
