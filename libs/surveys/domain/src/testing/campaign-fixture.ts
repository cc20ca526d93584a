import type { CampaignCycleContext, CampaignDefinition } from '../campaign/campaign.definition';

/** A small campaign on the demo framework's survey node 2.1.2 (rate × 2) and two SIPAS factors (test data). */
export const fixtureCycle = (unitIds: string[] = ['u1', 'u2', 'u3']): CampaignCycleContext => ({
  frameworkId: 'demo',
  frameworkVersion: 1,
  decimals: 2,
  roundingMode: 'half-up',
  unitIds,
  nodes: [
    { code: '1.1.1', name: 'Kế hoạch', max: 2, method: 'appraised', rule: { type: 'manual', step: 0.25 } },
    { code: '2.1.2', name: 'Đánh giá của người dân', max: 2, method: 'survey', rule: { type: 'rate' } },
    { code: '3.1', name: 'Tiếp cận dịch vụ', max: 1, method: 'satisfaction', rule: { type: 'rate' } },
    {
      code: '3.2',
      name: 'Thủ tục',
      max: 1,
      method: 'satisfaction',
      rule: {
        type: 'bands',
        on: 'percentage',
        bands: [
          { min: 80, points: 1 },
          { min: 50, points: 0.5 },
        ],
      },
    },
  ],
});

export const fixtureDefinition = (over: Partial<CampaignDefinition> = {}): CampaignDefinition => ({
  campaignId: 'xhh-2025',
  cycleId: '2025-district',
  name: 'Điều tra XHH năm 2025',
  scale: {
    levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Mức ${value}` })),
    positive: [4, 5],
  },
  groups: [
    { code: 'dai-bieu', name: 'Đại biểu HĐND', quotaPerUnit: 2, weight: 3, assesses: [] },
    { code: 'nguoi-dan', name: 'Người dân', quotaPerUnit: 3, weight: 1, assesses: [] },
  ],
  questions: [
    { id: 'q1', text: 'Giải quyết TTHC đúng hạn?', code: '2.1.2', factor: null, required: true },
    { id: 'q2', text: 'Dễ tiếp cận dịch vụ?', code: '3.1', factor: 'access', required: false },
    { id: 'q3', text: 'Thủ tục đơn giản?', code: '3.2', factor: 'procedures', required: false },
  ],
  weighting: 'pooled',
  ...over,
});
