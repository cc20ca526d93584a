import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import {
  aggregateResults,
  campaignDecider,
  readResponseTable,
  type CampaignCycleContext,
  type CampaignDefinition,
  type CampaignEvent,
} from '@par/surveys-domain';
import { readResponseFile } from './read-response-file';

/**
 * Acceptance: a campaign for 100 units with 2,200 responses read from an XLSX file; the points per unit and
 * criterion equal an independent computation from the same rows (written here simply, without the domain code).
 */
const UNITS = Array.from({ length: 100 }, (_, i) => `xa-${String(i + 1).padStart(3, '0')}`);
const cycle: CampaignCycleContext = {
  frameworkId: 'fw',
  frameworkVersion: 1,
  decimals: 3,
  roundingMode: 'half-up',
  unitIds: UNITS,
  nodes: [
    { code: '8.1', name: 'Điều tra XHH', max: 2.5, method: 'survey', rule: { type: 'rate' } },
    { code: '8.2.1', name: 'Tiếp cận', max: 1, method: 'satisfaction', rule: { type: 'rate' } },
    { code: '8.2.2', name: 'Thủ tục', max: 1.5, method: 'satisfaction', rule: { type: 'rate' } },
  ],
};
const def: CampaignDefinition = {
  campaignId: 'c',
  cycleId: 'cy',
  name: 'Khảo sát',
  weighting: 'group-weights',
  scale: { levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })), positive: [4, 5] },
  groups: [
    { code: 'lanh-dao', name: 'Lãnh đạo', quotaPerUnit: 7, weight: 2, assesses: [] },
    { code: 'nguoi-dan', name: 'Người dân', quotaPerUnit: 15, weight: 1, assesses: [] },
  ],
  questions: [
    { id: 'c1', text: 'XHH 1', code: '8.1', factor: null, required: true },
    { id: 'c2', text: 'XHH 2', code: '8.1', factor: null, required: false },
    { id: 's1', text: 'Tiếp cận', code: '8.2.1', factor: 'access', required: true },
    { id: 's2', text: 'Thủ tục', code: '8.2.2', factor: 'procedures', required: true },
  ],
};

/** Deterministic pseudo-random answers (a linear congruential generator). */
function* answers(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 1 + (x % 5);
  }
}

describe('acceptance: 100 units, 2,200 responses from XLSX', () => {
  it('gives per unit and criterion the points of an independent computation', async () => {
    const gen = answers(7);
    const rows: (string | number)[][] = [];
    UNITS.forEach((u, ui) => {
      for (let k = 0; k < 22; k++) {
        const group = k < 7 ? 'lanh-dao' : 'nguoi-dan';
        const c2 = (ui + k) % 4 === 0 ? '' : gen.next().value;
        rows.push([`r-${u}-${k}`, group, u, gen.next().value, c2, gen.next().value, gen.next().value]);
      }
    });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phiếu');
    ws.addRow(['Mã người trả lời', 'Nhóm', 'Mã đơn vị', 'c1', 'c2', 's1', 's2']);
    rows.forEach((r) => ws.addRow(r));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const table = readResponseTable(def, UNITS, await readResponseFile(bytes, 'phieu.xlsx'));
    expect(table.problems).toEqual([]);
    expect(table.rows).toHaveLength(2200);
    const [created, ...imported] = [
      ...campaignDecider.decide({ type: 'CreateSurveyCampaign', data: { definition: def, cycle } }, campaignDecider.initialState()),
    ];
    let state = campaignDecider.evolve(campaignDecider.initialState(), created!);
    const events: CampaignEvent[] = campaignDecider.decide(
      { type: 'ImportSurveyResponses', data: { campaignId: 'c', importId: 'i', fileName: 'phieu.xlsx', rows: table.rows } },
      state,
    );
    state = [...imported, ...events].reduce(campaignDecider.evolve, state);
    const results = aggregateResults(def, cycle, state.responses);

    // independent: per unit and node, each group's share of answers 4 or 5, weighted 2 : 1, times the max, 3 decimals
    const cols: Record<string, number[]> = { '8.1': [3, 4], '8.2.1': [5], '8.2.2': [6] };
    const max: Record<string, number> = { '8.1': 2.5, '8.2.1': 1, '8.2.2': 1.5 };
    for (const u of UNITS) {
      for (const code of Object.keys(cols)) {
        const share = (group: string) => {
          const vals = rows
            .filter((r) => r[2] === u && r[1] === group)
            .flatMap((r) => cols[code]!.map((c) => r[c]))
            .filter((v) => v !== '');
          return vals.filter((v) => Number(v) >= 4).length / vals.length;
        };
        const rate = (2 * share('lanh-dao') + 1 * share('nguoi-dan')) / 3;
        const expected = Math.round(rate * max[code]! * 1000 + 1e-9) / 1000;
        const got = results.find((r) => r.unitId === u)!.items.find((i) => i.code === code)!;
        expect([u, code, got.points]).toEqual([u, code, expected]);
        expect(got.rate).toBeCloseTo(rate, 6);
        expect(got.responses).toBe(22);
      }
    }
  });
});
