import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { createPgliteDatabase, type Database } from '@par/database';
import { createInProcessBus, type MessageBus } from '@par/messaging';
import { createTokenVerifier, startDevIssuer, type DevIssuer } from '@par/auth';
import { comparisonLineage, listUnitLineage } from '@par/frameworks-catalog';
import { compareYears, type CycleEvaluation } from '@par/scoring';
import { eventually, gql, seedDemoProvince } from './seed-demo-province';
import { THAI_NGUYEN, thaiNguyenUnitRows } from './thai-nguyen';
import { startPlatform, type Platform } from '../start-platform';

/**
 * The 2026 demo province through the gateway (PGlite, in-process bus, dev issuer): the unit registry's as-of
 * lists, lineage, idempotent all-or-nothing import, and the year-over-year comparison fed by the registry's lineage.
 */
const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
async function freeBase(): Promise<number> {
  for (;;) {
    const b = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (const d of [1, 2, 3, 4, 5, 10, 11]) if (!(await portFree(b + d))) ok = false;
    if (ok) return b;
  }
}

type UnitRow = { id: string; name: string; code: string | null; kind: string; validFrom: string | null; validTo: string | null };
const UNIT_FIELDS = 'id name code kind validFrom validTo';

describe('Thái Nguyên 2026 demo: the unit registry through GraphQL', () => {
  let db: Database;
  let bus: MessageBus;
  let issuer: DevIssuer;
  let platform: Platform;
  let url: string;
  let admin: string;
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const r = await gql<T>(url, admin, query, variables);
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };
  const unitsAsOf = async (asOf: string, kind?: string) =>
    (await ask<{ units: UnitRow[] }>(`{ units(asOf: "${asOf}"${kind ? `, unitType: ${kind}` : ''}) { ${UNIT_FIELDS} } }`)).units;

  beforeAll(async () => {
    db = await createPgliteDatabase({});
    bus = createInProcessBus();
    const base = await freeBase();
    issuer = await startDevIssuer({ port: base + 11, provinces: [THAI_NGUYEN] });
    const verifier = createTokenVerifier({
      issuers: [
        {
          issuer: issuer.issuerFor(THAI_NGUYEN),
          jwksUri: `${issuer.issuerFor(THAI_NGUYEN)}/protocol/openid-connect/certs`,
          province: THAI_NGUYEN as never,
        },
      ],
      audience: 'par-api',
    });
    platform = await startPlatform({ dbFor: async () => db, bus, verifier, gatewayPort: base + 10, portOffset: base - 4100 });
    url = platform.gateway.url;
    admin = await issuer.tokenFor(THAI_NGUYEN, 'admin');
    await seedDemoProvince(url, admin, THAI_NGUYEN);
    await eventually(async () => (await unitsAsOf('2025-07-01')).some((u) => u.id === 'phuong-gia-sang'), 30_000, 'catalog');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await bus?.close();
    await db?.close();
    await issuer?.close();
  });

  it('lists a ward formed from four in 2025 as of 2025-07-01, and its predecessors as of 2024-12-31', async () => {
    const after = await unitsAsOf('2025-07-01');
    const before = await unitsAsOf('2024-12-31');
    expect(after.find((u) => u.id === 'phuong-bac-kan')).toEqual({
      id: 'phuong-bac-kan',
      name: 'UBND phường Bắc Kạn',
      code: '01834',
      kind: 'WARD',
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(after.map((u) => u.id)).not.toContain('song-cau');
    expect(before.map((u) => u.id)).toEqual(
      expect.arrayContaining(['nguyen-thi-minh-khai', 'song-cau', 'phung-chi-kien', 'xuat-hoa', 'tp-bac-kan']),
    );
    expect(before.map((u) => u.id)).not.toContain('phuong-bac-kan');
    expect(before.find((u) => u.id === 'song-cau')).toMatchObject({ code: '01837', validTo: '2025-06-30' });
    expect(after.filter((u) => u.kind === 'DISTRICT')).toEqual([]);
    expect((await unitsAsOf('2026-03-01', 'DEPARTMENT')).map((u) => u.name)).toContain('Sở Nội vụ');
  });

  it('gives predecessors and successors through the lineage, with kind, date and decision', async () => {
    const { unit } = await ask<{
      unit: { predecessors: { unitId: string; kind: string; effectiveDate: string; decisionNumber: string; depth: number }[] };
    }>(`{ unit(id: "xa-nam-cuong") { predecessors { unitId kind effectiveDate decisionNumber depth } } }`);
    expect(unit.predecessors).toEqual(
      expect.arrayContaining([
        { unitId: 'nam-cuong-cu', kind: 'merged', effectiveDate: '2025-07-01', decisionNumber: 'Nghị quyết 1683/NQ-UBTVQH15', depth: 1 },
        { unitId: 'dong-thang', kind: 'split', effectiveDate: '2025-07-01', decisionNumber: 'Nghị quyết 1683/NQ-UBTVQH15', depth: 1 },
      ]),
    );
    const s = await ask<{ unit: { successors: { unitId: string; kind: string }[] } }>(
      `{ unit(id: "dong-thang") { successors { unitId kind } } }`,
    );
    expect(s.unit.successors.map((x) => x.unitId).sort()).toEqual(['xa-cho-don', 'xa-nam-cuong']);
  });

  it('imports the same file again without any change, and imports nothing from a file with a bad row', async () => {
    const q = `mutation($rows: [UnitRowInput!]!) { importUnits(rows: $rows) { imported unchanged problems { row column code messageVi } } }`;
    const again = await ask<{ importUnits: { imported: number; unchanged: number; problems: unknown[] } }>(q, {
      rows: thaiNguyenUnitRows(),
    });
    expect(again.importUnits).toEqual({ imported: 0, unchanged: thaiNguyenUnitRows().length, problems: [] });
    const bad = await ask<{ importUnits: { imported: number; problems: { row: number; column: string; code: string }[] } }>(q, {
      rows: [
        { row: 2, code: '09001', name: 'UBND xã Mới', kind: 'Xã', validFrom: '2026-01-01' },
        { row: 3, code: '09002', name: 'UBND xã Khác', kind: 'Xã', parentCode: '77777' },
      ],
    });
    expect(bad.importUnits.imported).toBe(0);
    expect(bad.importUnits.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Mã đơn vị cấp trên', code: 'UNKNOWN_PARENT_UNIT' }),
    ]);
    expect((await unitsAsOf('2026-06-01')).map((u) => u.code)).not.toContain('09001');
  });

  it('refuses an unknown parent on registerUnit', async () => {
    const r = await gql(
      url,
      admin,
      `mutation { registerUnit(input: { id: "x1", name: "UBND xã X", kind: COMMUNE, parentUnitId: "nowhere" }) { id } }`,
    );
    expect(r.errors?.[0]?.extensions?.['code']).toBe('UNKNOWN_PARENT_UNIT');
  });

  it('keeps the Bắc Kạn 2023 cycles as history beside the 2026 commune cycle', async () => {
    const { cycles } = await ask<{ cycles: { id: string }[] }>(`{ cycles { id } }`);
    expect(cycles.map((c) => c.id).sort()).toEqual(['2023-commune', '2023-district', '2026-commune']);
  });

  it('feeds the registry lineage to the year-over-year comparison: across the merger "không so sánh được"', async () => {
    const lineage = await db.withProvince(THAI_NGUYEN as never, (tx) => listUnitLineage(tx, 'frameworks', THAI_NGUYEN));
    const evaluation = (units: [string, number][]) =>
      ({
        decimals: 2,
        units: units.map(([unitId, total], i) => ({ unitId, components: [], total: { value: total }, rank: i + 1 })),
      }) as unknown as CycleEvaluation;
    const y2024 = evaluation([
      ['song-cau', 89.77],
      ['nguyen-thi-minh-khai', 90.6],
    ]);
    const y2026 = evaluation([['phuong-bac-kan', 91.2]]);
    const [c] = compareYears(y2024, y2026, { lineage: comparisonLineage(lineage), years: { previous: 2024, current: 2026 } });
    expect(c).toMatchObject({ unitId: 'phuong-bac-kan', comparable: false, total: { trend: 'not-comparable' } });
    expect(c!.reason).toContain('sáp nhập');
    const [same] = compareYears(y2024, evaluation([['song-cau', 90]]), {
      lineage: comparisonLineage(lineage),
      years: { previous: 2023, current: 2024 },
    });
    expect(same).toMatchObject({ comparable: true, total: { trend: 'rose' } });
  });
});
