import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { frameworksService } from '@par/service-frameworks';
import { unitRegistryStreamId } from '@par/frameworks-domain';
import { runCli } from '../run-cli.testing';

/** `par units import` against real PostgreSQL: the frameworks schema of a fresh database, the demo list twice, a bad file. */
describe('par units import (real PostgreSQL)', () => {
  const urls = pgUrlsFromEnv();
  const database = `par_units_${randomUUID().slice(0, 8)}`;
  const onDb = (u: string) => {
    const url = new URL(u);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const savedEnv = { ...process.env };
  const csv = fileURLToPath(new URL('../../../examples/units/thai-nguyen-2025.csv', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'par-units-int-'));
  let admin: pg.Pool;
  let db: Database;
  const registry = async () => frameworksService.openStore!(db).readStream('thai-nguyen' as never, unitRegistryStreamId('thai-nguyen'));

  beforeAll(async () => {
    admin = new pg.Pool({ connectionString: urls.adminUrl, max: 1 });
    admin.on('error', () => undefined);
    await admin.query(`CREATE DATABASE ${database} OWNER par_owner`);
    db = await createPostgresDatabase({
      appUrl: onDb(urls.appUrl),
      systemUrl: onDb(urls.systemUrl),
      ownerUrl: onDb(urls.ownerUrl),
      poolSize: 2,
    });
    await db.migrate(frameworksService.schema, frameworksService.schemaMigrations);
    Object.assign(process.env, {
      PAR_PG_URL: onDb(urls.appUrl),
      PAR_PG_SYSTEM_URL: onDb(urls.systemUrl),
      PAR_PG_OWNER_URL: onDb(urls.ownerUrl),
    });
  });

  afterAll(async () => {
    process.env = savedEnv;
    rmSync(dir, { recursive: true, force: true });
    await db?.close();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.end();
  });

  it('imports the demo list in one append, then the same file changes nothing', async () => {
    const first = await runCli('units', 'import', csv, '--province', 'thai-nguyen', '--json');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.out) as { imported: number; unchanged: number };
    const events = await registry();
    expect(result.imported).toBe(events.length);
    expect(events.filter((e) => e.type === 'UnitRegistered')).toHaveLength(57);
    expect(new Set(events.map((e) => e.streamVersion)).size).toBe(events.length);
    expect(events[0]!.actor).toMatchObject({ id: 'par-cli', roles: ['dha_admin'] });
    const again = await runCli('units', 'import', csv, '--province', 'thai-nguyen');
    expect(again).toMatchObject({ code: 0, out: 'Đã ghi 0 sự kiện; 57 dòng đã có sẵn, không đổi.\n' });
    expect(await registry()).toHaveLength(events.length);
  });

  it('imports nothing from a file with one bad row among good ones (exit 1, every problem listed)', async () => {
    const before = (await registry()).length;
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên\n09001;UBND xã Mới;Xã;\n09002;UBND xã Khác;Xã;77777\n123;UBND xã Ba;Xã;\n',
    );
    const r = await runCli('units', 'import', bad, '--province', 'thai-nguyen', '--json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { problems: { row: number; code: string }[] }).problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'UNKNOWN_PARENT_UNIT'],
      [4, 'INVALID_UNIT_CODE'],
    ]);
    expect(await registry()).toHaveLength(before);
  });
});
