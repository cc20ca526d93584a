/**
 * The web console as users use it: the built embedded platform (`npm start`) in its own process, Debian's chromium
 * driven by playwright-core, logging in through the real authorization-code flow with PKCE (the dev issuer's
 * oidc-provider), as the province admin, a unit officer (at phone width) and an auditor. Every step saves a
 * screenshot under docs/console/ (committed; this test regenerates them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { demoFrameworkYaml, gql } from '@par/platform';
import { goTo, launchChromium, login, openConsole, PHONE, scriptErrorsOf, shot, waitForText } from '../support/console-browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = `${root}dist/apps/embedded/main.js`;
const GATEWAY = 4890;
const ISSUER = 4880;
const consoleUrl = `http://127.0.0.1:${GATEWAY}/console/`;
const ANNEX = `${root}examples/frameworks/bac-kan-2023-district.annex.xlsx`;

async function passwordToken(province: string, username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${ISSUER}/realms/par-${province}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** The province's annex with three cells changed: a component's maximum, a method, a row's number. */
async function brokenAnnex(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ANNEX);
  const sheet = wb.getWorksheet('Phụ lục')!;
  sheet.getCell('D11').value = 'mười sáu';
  sheet.getCell('D13').value = -2;
  sheet.getCell('B14').value = 'I';
  const file = join(dir, 'phu-luc-co-loi.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('web console (embedded mode, chromium)', () => {
  let child: ChildProcess;
  let output = '';
  let browser: Browser;
  let tmp: string;

  beforeAll(async () => {
    if (!existsSync(entry) || !existsSync(`${root}dist/console/index.html`)) throw new Error('run `npm run build` first (npm test does)');
    tmp = await mkdtemp(join(tmpdir(), 'par-console-'));
    child = spawn(process.execPath, [entry], {
      cwd: root,
      env: { ...process.env, PAR_GATEWAY_PORT: String(GATEWAY), PAR_DEV_ISSUER_PORT: String(ISSUER), PAR_PORT_OFFSET: '800' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const deadline = Date.now() + 150_000;
    while (!output.includes('sẵn sàng')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`embedded mode did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const expectNoPageErrors = (page: Page) => expect(scriptErrorsOf(page)).toEqual([]);

  it('serves the console with its configuration and a strict content security policy', async () => {
    expect(output).toContain(consoleUrl);
    const html = await fetch(consoleUrl);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    const deep = await fetch(`${consoleUrl}xep-hang`);
    expect(deep.status).toBe(200);
    expect(await fetch(`${consoleUrl}..%2f..%2fpackage.json`).then((r) => r.status)).toBe(404);
    const config = (await (await fetch(`${consoleUrl}config.json`)).json()) as { clientId: string; realms: { province: string }[] };
    expect(config.clientId).toBe('par-console');
    expect(config.realms.map((r) => r.province)).toEqual(['bac-kan', 'cao-bang', 'thai-nguyen']);
  });

  it('admin: logs in (province picker, code flow), reads a framework tree, sees an annex problem report, sets phases', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'admin', shots: { picker: '01-chon-tinh', loginPage: '02-trang-dang-nhap' } });
    await expect(page.getByTestId('who').textContent()).resolves.toContain('Vũ Thị Giang');
    await expect(page.getByTestId('province').textContent()).resolves.toContain('Bắc Kạn');
    await shot(page, '03-tong-quan-quan-tri');

    await goTo(page, 'Bộ tiêu chí');
    await page.getByRole('button', { name: 'Phiên bản 1' }).click();
    await page.getByRole('heading', { name: /Phiên bản 1 \(10 điểm\)/ }).waitFor();
    await expect(page.locator('.node-3').first().textContent()).resolves.toMatch(/1\.1\.1.*2 điểm/);
    await shot(page, '04-bo-tieu-chi-cay');

    await page.getByLabel('Tệp phụ lục').setInputFiles(await brokenAnnex(tmp));
    await page.getByRole('button', { name: 'Nhập thành bản dự thảo' }).click();
    await page.getByText(/Báo cáo lỗi: 3 lỗi/).waitFor();
    await expect(page.locator('[role=alert]').first().textContent()).resolves.toContain('Bộ tiêu chí không hợp lệ: 3 lỗi');
    await expect(page.getByRole('cell', { name: 'Trang "Phụ lục", dòng 13, cột D' }).count()).resolves.toBe(1);
    await expect(page.getByRole('cell', { name: /Phương pháp đánh giá "-2" không rõ/ }).count()).resolves.toBe(1);
    await shot(page, '05-nhap-phu-luc-bao-cao-loi');
    await page.getByLabel('Tệp phụ lục').setInputFiles(ANNEX);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByText(/hợp lệ: .*bac-kan-2023-district.*100 điểm/).waitFor();
    await page.getByRole('button', { name: 'Nhập thành bản dự thảo' }).click();
    await page.getByText('Đã nhập bản dự thảo').waitFor();
    await shot(page, '06-nhap-phu-luc-thanh-cong');

    await goTo(page, 'Kỳ đánh giá');
    await page.getByRole('button', { name: 'Đặt lịch' }).click();
    await page.getByLabel('Tự đánh giá — bắt đầu').fill('01/01/2025');
    await page.getByLabel('Tự đánh giá — hạn chót').fill('31/12/2026');
    await page.getByRole('button', { name: 'Lưu lịch' }).click();
    await page.getByText('Đã lưu.').waitFor();
    // the cycle's schedule is a read model: the list follows within moments
    for (let i = 0; i < 40 && !/Tự đánh giá/.test((await page.getByTestId('scheduled-2025-district').textContent()) ?? ''); i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByTestId('scheduled-2025-district').waitFor();
    }
    await waitForText(page, 'scheduled-2025-district', 'Tự đánh giá (hạn 31/12/2026)');
    await page.getByRole('button', { name: 'Chuyển giai đoạn' }).click();
    for (let i = 0; i < 40 && (await page.getByTestId('current-2025-district').textContent()) !== 'Tự đánh giá'; i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByTestId('current-2025-district').waitFor();
    }
    await waitForText(page, 'current-2025-district', 'Tự đánh giá');
    await page.getByRole('button', { name: 'Đặt lịch' }).click();
    await shot(page, '07-ky-danh-gia-dat-lich');
    expectNoPageErrors(page);
  });

  it('admin of Cao Bằng: the difference between two versions of a framework', async () => {
    // an amending decision raises 1.1.2 from 4 to 6 points (and its criterion, component and total with it)
    const amended = demoFrameworkYaml('cao-bang')
      .replace('totalMax: 10', 'totalMax: 12')
      .replace('version: "1"', 'version: "2"')
      .replace(/max: 6\n {4}criteria:/, 'max: 8\n    criteria:')
      .replace(/max: 6\n {8}subCriteria:/, 'max: 8\n        subCriteria:')
      .replace('name: Mức độ thực hiện kế hoạch CCHC, max: 4', 'name: Mức độ thực hiện kế hoạch CCHC, max: 6');
    const token = await passwordToken('cao-bang', 'admin');
    const url = `http://127.0.0.1:${GATEWAY}/graphql`;
    const decision = `decision: { number: "25/QĐ-UBND", date: "2025-03-01" }`;
    const amend = await gql(
      url,
      token,
      `mutation($d: String!) { amendFramework(input: { frameworkId: "demo-district", fromVersion: 1, ${decision}, definition: $d }) { frameworkId } }`,
      { d: amended },
    );
    expect(amend.errors).toBeUndefined();
    const published = await gql(
      url,
      token,
      `mutation { publishFrameworkVersion(input: { frameworkId: "demo-district", ${decision}, validFrom: "2025-03-01" }) { version } }`,
    );
    expect(published.errors).toBeUndefined();

    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Cao Bằng', username: 'admin' });
    await goTo(page, 'Bộ tiêu chí');
    for (let i = 0; i < 40 && (await page.getByRole('button', { name: 'Phiên bản 2' }).count()) === 0; i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Bộ tiêu chí' }).waitFor();
    }
    await page.getByRole('button', { name: 'Phiên bản 2' }).click();
    await page.getByRole('heading', { name: 'So sánh hai phiên bản' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Tiêu chí thành phần' }).filter({ hasText: '1.1.2' });
    await row.first().waitFor();
    await expect(row.first().textContent()).resolves.toContain('Điểm tối đa: 4 → 6');
    await shot(page, '14-bo-tieu-chi-so-sanh-phien-ban');
    expectNoPageErrors(page);
  });

  it("admin of Thái Nguyên: the unit registry as of a date and a ward's lineage", async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Thái Nguyên', username: 'admin' });
    await expect(page.getByTestId('province').textContent()).resolves.toContain('Thái Nguyên');
    await goTo(page, 'Đơn vị');
    await page.getByLabel('Vào ngày').fill('01/07/2025');
    await page.getByLabel('Loại đơn vị').selectOption('WARD');
    const row = page.getByRole('row').filter({ hasText: 'Bắc Kạn' }).first();
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    await page.getByRole('heading', { name: /Lịch sử hình thành/ }).waitFor();
    await page.getByText('Hình thành từ').waitFor();
    // former units by their names, from the registry's history
    await page.getByRole('cell', { name: /UBND phường Sông Cầu/ }).waitFor();
    await shot(page, '08-don-vi-lich-su-hinh-thanh');
    expectNoPageErrors(page);
  });

  it('unit officer (phone width): the score out of range refused in Vietnamese, a score saved, a conflict shown', async () => {
    const page = await openConsole(browser, consoleUrl, PHONE);
    await login(page, { province: 'Bắc Kạn', username: 'officer.u1' });
    await goTo(page, 'Tự đánh giá');
    const row112 = page.locator('li[data-code="1.1.2"]');
    await row112.getByLabel('Điểm tự chấm 1.1.2').fill('4,1');
    await row112.getByRole('button', { name: 'Lưu điểm' }).click();
    await expect(row112.getByRole('alert').textContent()).resolves.toContain('Điểm 4,1 vượt quá điểm tối đa 4 của tiêu chí 1.1.2.');
    await shot(page, '09-tu-danh-gia-loi-diem');

    const row111 = page.locator('li[data-code="1.1.1"]');
    await row111.getByLabel('Điểm tự chấm 1.1.1').fill('1,5');
    await row111.getByLabel('Ghi chú 1.1.1').fill('Kế hoạch CCHC số 12/KH-UBND <b>ban hành</b> ngày 05/01/2025');
    await row111.getByRole('button', { name: 'Lưu điểm' }).click();
    await waitForText(page, 'self-1.1.1', '1,5');
    const version = Number(await page.getByTestId('assessment-version').textContent());
    expect(version).toBeGreaterThan(0);
    await shot(page, '10-tu-danh-gia-da-luu');

    // meanwhile the same unit's score is changed elsewhere (the CLI, another officer): the page's version is stale
    const other = await gql(
      `http://127.0.0.1:${GATEWAY}/graphql`,
      await passwordToken('bac-kan', 'officer.u1'),
      `mutation { recordSelfScore(input: { cycleId: "2025-district", unitId: "u1", subCriterionCode: "1.1.2", score: 1 }) { version } }`,
    );
    expect(other.errors).toBeUndefined();
    await row111.getByLabel('Điểm tự chấm 1.1.1').fill('1,75');
    await row111.getByRole('button', { name: 'Lưu điểm' }).click();
    await page.getByText(/vừa được người khác thay đổi/).waitFor();
    await expect(page.getByText('CONCURRENCY_CONFLICT').count()).resolves.toBe(1);
    await waitForText(page, 'self-1.1.2', '1');
    await waitForText(page, 'self-1.1.1', '1,5');
    await shot(page, '11-tu-danh-gia-xung-dot');
    expectNoPageErrors(page);
  });

  it('admin: the ranking with classes reflects the saved scores', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'admin' });
    await goTo(page, 'Xếp hạng');
    const first = page.getByRole('row').filter({ hasText: 'UBND huyện Ba Bể' });
    // the ranking is a read model: it follows the scores within moments
    for (let i = 0; i < 60 && (await first.getByRole('cell', { name: '2,5', exact: true }).count()) === 0; i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await first.waitFor();
    }
    await first.getByRole('cell', { name: '2,5', exact: true }).waitFor();
    await expect(first.getByRole('cell').first().textContent()).resolves.toBe('1');
    await expect(first.textContent()).resolves.toContain('25,00 %');
    await shot(page, '12-xep-hang');
    expectNoPageErrors(page);
  });

  it('auditor: the history of a criterion and the verified hash chain', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'auditor' });
    await expect(page.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual([
      'Tổng quan',
      'Bộ tiêu chí',
      'Đơn vị',
      'Kỳ đánh giá',
      'Xếp hạng',
      'Lịch sử và kiểm tra',
    ]);
    await goTo(page, 'Lịch sử và kiểm tra');
    await page.getByLabel('Tiêu chí').selectOption('1.1.1');
    const change = page.getByRole('row').filter({ hasText: 'Tự chấm điểm' }).first();
    await change.waitFor();
    await expect(change.textContent()).resolves.toContain('— → 1,5');
    // what the officer typed is shown as text, never as markup
    await expect(change.textContent()).resolves.toContain('<b>ban hành</b>');
    await page.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
    await page.getByText(/Chuỗi băm toàn vẹn: đã kiểm tra \d+ sự kiện\./).waitFor();
    await shot(page, '13-kiem-tra-lich-su-chuoi-bam');
    expectNoPageErrors(page);
  });
});
