/**
 * The two provinces the suite attacks across: A (`bac-kan`, the demo province seeded through the API, plus a unit
 * whose name is hostile text) and B (`cao-bang`, its own cycle, units with names found nowhere in A, a self score
 * with a secret note, an appraisal with a secret reason and a survey campaign). B's markers must never appear in
 * an answer to a token of A.
 */
import {
  appraiseAndFinalize,
  assignAppraisersThroughGateway,
  DEMO_CYCLE,
  demoFrameworkYaml,
  gql,
  seedDemoProvince,
  selfScoreAndSubmit,
} from '@par/platform';

export const A_CYCLE = DEMO_CYCLE.id;
export const B_CYCLE = 'cb-2025-rieng';
export const B_UNIT = 'cb-u1';
export const B_CAMPAIGN = 'cb-xhh-2025';
export const B_SECRET_NOTE = 'CB-SECRET ghi chú nội bộ Cao Bằng';
export const B_SECRET_REASON = 'CB-REASON thiếu hồ sơ kiểm chứng';
export const B_UNITS = [
  { id: 'cb-u1', name: 'UBND huyện Hà Quảng', unitType: 'district', code: '042' },
  { id: 'cb-u2', name: 'UBND huyện Trùng Khánh', unitType: 'district', code: '047' },
];
/** Text of B that no answer to A may contain. */
export const B_MARKERS = /Hà Quảng|Trùng Khánh|CB-SECRET|CB-REASON|riêng Cao Bằng|xã hội học Cao Bằng/;
export const HOSTILE_UNIT = { id: 'u4', name: 'UBND <img src=x onerror=alert(1)> | # Tiêu đề giả', unitType: 'district', code: '999' };
export const SELF = { '1.1.1': 2, '1.1.2': 4, '2.1.1': 2 };

const SURVEY = {
  name: 'Điều tra xã hội học Cao Bằng năm 2025',
  scale: {
    levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Mức ${value}` })),
    positive: [4, 5],
  },
  groups: [{ code: 'nguoi-dan', name: 'Người dân', quotaPerUnit: 3 }],
  questions: [{ id: 'q1', text: 'Ông/bà đánh giá thế nào về thủ tục hành chính?', code: '2.1.2' }],
};

async function must(r: Promise<Awaited<ReturnType<typeof gql>>>, allowed: string[] = []): Promise<void> {
  const res = await r;
  const bad = (res.errors ?? []).filter((e) => !allowed.includes(String(e.extensions?.['code'])));
  if (bad.length) throw new Error(`seed: ${JSON.stringify(bad)}`);
}

/** A: demo province, hostile unit u4, the demo appraiser and the admin assigned to u1 and u2 (not u3). */
export async function seedProvinceA(url: string, t: Record<string, string>): Promise<void> {
  await seedDemoProvince(url, t['admin']!, 'bac-kan');
  await must(gql(url, t['admin']!, `mutation($i: RegisterUnitInput!) { registerUnit(input: $i) { id } }`, { i: HOSTILE_UNIT }), [
    'UNIT_EXISTS',
  ]);
  await assignAppraisersThroughGateway(url, t['admin']!, [t['appraiser']!, t['admin']!], A_CYCLE, ['u1', 'u2']);
  await selfScoreAndSubmit(url, t['officer.u1']!, A_CYCLE, 'u1', SELF);
  // the DHA self-scores u2 and u3 on their behalf (so the admin may not appraise them)
  await selfScoreAndSubmit(url, t['admin']!, A_CYCLE, 'u2', SELF);
  await selfScoreAndSubmit(url, t['admin']!, A_CYCLE, 'u3', SELF);
}

/** B: its own framework copy, units, cycle, a scored and appraised unit, and a survey campaign. */
export async function seedProvinceB(url: string, t: Record<string, string>): Promise<void> {
  const admin = t['cb-admin']!;
  const existing = await gql<{ framework: unknown }>(url, admin, `{ framework(frameworkId: "demo-district", version: 1) { version } }`);
  if (!existing.data?.framework) {
    await must(
      gql(
        url,
        admin,
        `mutation($d: String!) { publishFramework(input: { definition: $d, format: "yaml", reason: "Dữ liệu mẫu" }) { version } }`,
        {
          d: demoFrameworkYaml('cao-bang'),
        },
      ),
    );
  }
  for (const u of B_UNITS) {
    await must(gql(url, admin, `mutation($i: RegisterUnitInput!) { registerUnit(input: $i) { id } }`, { i: u }), ['UNIT_EXISTS']);
  }
  const cycle = { ...DEMO_CYCLE, id: B_CYCLE, name: 'Chỉ số CCHC cấp huyện năm 2025 (riêng Cao Bằng)' };
  await must(gql(url, admin, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: cycle }), ['CYCLE_EXISTS']);
  await assignAppraisersThroughGateway(url, admin, [t['cb-appraiser']!], B_CYCLE, [B_UNIT]);
  await must(
    gql(url, admin, `mutation($i: RecordSelfScoreInput!) { recordSelfScore(input: $i) { version } }`, {
      i: { cycleId: B_CYCLE, unitId: B_UNIT, subCriterionCode: '1.1.1', score: 2, note: B_SECRET_NOTE },
    }),
  );
  await selfScoreAndSubmit(url, admin, B_CYCLE, B_UNIT, SELF);
  await appraiseAndFinalize(url, t['cb-appraiser']!, B_CYCLE, B_UNIT, {
    '1.1.1': 2,
    '1.1.2': { score: 3, reason: B_SECRET_REASON },
    '2.1.1': 2,
  });
  await must(
    gql(url, admin, `mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) { campaignId } }`, {
      i: { campaignId: B_CAMPAIGN, cycleId: B_CYCLE, definition: JSON.stringify(SURVEY) },
    }),
  );
}
