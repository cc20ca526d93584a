/**
 * The console's appraisal round in a real chromium against the built embedded platform (`npm start`): the province
 * admin follows the cycle and assigns appraisers (Theo dõi kỳ đánh giá), the appraiser works through the queue
 * (Hàng đợi thẩm định) and appraises a unit (Thẩm định đơn vị: side by side, the reason rule, a conflict, the
 * explanation decided again, the final appraisal), the admin publishes the ranking by decision and an auditor reads
 * the official ranking. The unit's own part (self scores, evidence, submission, its explanation) goes through
 * GraphQL as the officer. Screenshots docs/console/15-… to 22-….
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { appraiseAndFinalize, gql, selfScoreAndSubmit, tokenSubject } from '@par/platform';
import { goTo, launchChromium, login, openConsole, scriptErrorsOf, shot, waitForText } from '../support/console-browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = `${root}dist/apps/embedded/main.js`;
const GATEWAY = 7050;
const ISSUER = 7040;
const PORT_OFFSET = 2400;
const consoleUrl = `http://127.0.0.1:${GATEWAY}/console/`;
const url = `http://127.0.0.1:${GATEWAY}/graphql`;
const CYCLE = '2025-district';

async function passwordToken(username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${ISSUER}/realms/par-bac-kan/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const pdf = Buffer.from('%PDF-1.4\n% Kế hoạch CCHC năm 2025\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** The officer attaches a PDF to a sub-criterion of u1 (GraphQL multipart, as the self-assessment screen does). */
async function attachPdf(token: string, code: string, fileName: string): Promise<void> {
  const query = `mutation($i: EvidenceTargetInput!, $file: Upload!) { attachEvidence(input: $i, file: $file) { version } }`;
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { i: { cycleId: CYCLE, unitId: 'u1', code }, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(pdf)]), fileName);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`attachEvidence: ${JSON.stringify(body.errors)}`);
}

/** Reloads the page until `ready` holds (read models follow the events within moments). */
async function reloadUntil(page: Page, ready: () => Promise<boolean>, heading: string): Promise<void> {
  for (let i = 0; i < 60 && !(await ready()); i++) {
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
}

describe('web console: appraisal, cycle dashboard and publication (embedded mode, chromium)', () => {
  let child: ChildProcess;
  let output = '';
  let browser: Browser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(entry) || !existsSync(`${root}dist/console/index.html`)) throw new Error('run `npm run build` first (npm test does)');
    child = spawn(process.execPath, [entry], {
      cwd: root,
      env: { ...process.env, PAR_GATEWAY_PORT: String(GATEWAY), PAR_DEV_ISSUER_PORT: String(ISSUER), PAR_PORT_OFFSET: String(PORT_OFFSET) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const deadline = Date.now() + 150_000;
    while (!output.includes('sẵn sàng')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`embedded mode did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const user of ['admin', 'officer.u1', 'officer.u2', 'appraiser']) tokens[user] = await passwordToken(user);
    // the units' part: u1 scores itself with evidence and submits; u2 and u3 are appraised and finalized already
    await attachPdf(tokens['officer.u1']!, '1.1.1', 'Kế hoạch CCHC 2025.pdf');
    await selfScoreAndSubmit(url, tokens['officer.u1']!, CYCLE, 'u1', { '1.1.1': 2, '1.1.2': 3, '2.1.1': 2 });
    await selfScoreAndSubmit(url, tokens['officer.u2']!, CYCLE, 'u2', { '1.1.1': 1.5, '1.1.2': 2, '2.1.1': 2 });
    await selfScoreAndSubmit(url, tokens['admin']!, CYCLE, 'u3', { '1.1.1': 1, '1.1.2': 1, '2.1.1': 0 });
    await appraiseAndFinalize(url, tokens['appraiser']!, CYCLE, 'u2', { '1.1.1': 1.5, '1.1.2': 2, '2.1.1': 2 });
    await appraiseAndFinalize(url, tokens['appraiser']!, CYCLE, 'u3', { '1.1.1': 1, '1.1.2': 1, '2.1.1': 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  const expectNoPageErrors = (page: Page) => expect(scriptErrorsOf(page)).toEqual([]);

  it('admin: the cycle dashboard counts units by status, lists who appraises them, and assigns a team', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'admin' });
    await goTo(page, 'Theo dõi kỳ đánh giá');
    await reloadUntil(
      page,
      async () => (await page.getByTestId('count-FINAL').textContent())?.startsWith('2') ?? false,
      'Theo dõi kỳ đánh giá',
    );
    await expect(page.getByTestId('count-FINAL').textContent()).resolves.toBe('2Đã chốt kết quả');
    await expect(page.getByTestId('count-SUBMITTED').textContent()).resolves.toBe('1Đã gửi, chờ thẩm định');
    await waitForText(page, 'status-u1', 'Đã gửi, chờ thẩm định');
    await expect(page.getByTestId('appraisers-u1').textContent()).resolves.toContain('Tổ thẩm định (dữ liệu mẫu)');

    const form = page.getByRole('form', { name: 'Phân công thẩm định' });
    await form.getByLabel('UBND thành phố Bắc Kạn (u3)').check();
    await form.getByLabel('Mã tài khoản người thẩm định').fill(`${tokenSubject(tokens['appraiser']!)}, ${tokenSubject(tokens['admin']!)}`);
    await form.getByLabel('Tên tổ thẩm định').fill('Tổ thẩm định số 2');
    await form.getByRole('button', { name: 'Phân công' }).click();
    await form.getByText('Đã phân công 1 đơn vị.').waitFor();
    await page.getByTestId('appraisers-u3').filter({ hasText: 'Tổ thẩm định số 2' }).waitFor();
    await expect(page.getByTestId('appraisers-u3').textContent()).resolves.toContain(tokenSubject(tokens['admin']!));
    await shot(page, '15-theo-doi-ky-danh-gia');
    expectNoPageErrors(page);
  });

  it('appraiser: the queue, a unit side by side, the reason rule, a conflict, an explanation decided again, the final appraisal', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'appraiser' });
    await goTo(page, 'Hàng đợi thẩm định');
    await page.locator('tr[data-unit="u1"]').waitFor();
    await waitForText(page, 'status-u1', 'Đã gửi, chờ thẩm định');
    await waitForText(page, 'appraised-count-u1', '0/3');
    await shot(page, '16-hang-doi-tham-dinh');

    await page.locator('tr[data-unit="u1"]').getByRole('link', { name: 'Thẩm định' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thẩm định đơn vị' }).waitFor();
    const row = (code: string) => page.locator(`li[data-code="${code}"]`);
    await waitForText(page, 'self-1.1.1', '2');
    await row('1.1.1').getByRole('button', { name: 'Kế hoạch CCHC 2025.pdf' }).waitFor();
    // the same score as the unit's needs no reason
    await row('1.1.1').getByLabel('Điểm thẩm định 1.1.1').fill('2');
    await row('1.1.1').getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
    await waitForText(page, 'appraised-1.1.1', '2');
    // a different score without a reason: the server's Vietnamese message on the row, nothing saved
    await row('1.1.2').getByLabel('Điểm thẩm định 1.1.2').fill('2,5');
    await row('1.1.2').getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
    await expect(row('1.1.2').getByRole('alert').textContent()).resolves.toContain(
      'Phải ghi rõ lý do khi điểm thẩm định khác điểm tự đánh giá.',
    );
    await waitForText(page, 'appraised-1.1.2', '—');
    await shot(page, '17-tham-dinh-thieu-ly-do');
    await row('1.1.2').getByLabel('Lý do 1.1.2').fill('Chưa hoàn thành 2 nhiệm vụ của kế hoạch');
    await row('1.1.2').getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
    await waitForText(page, 'appraised-1.1.2', '2,5');

    // finalizing with an item left: the server says which
    await page.getByRole('button', { name: 'Chốt kết quả thẩm định' }).click();
    await page.getByRole('alert').filter({ hasText: 'Còn 1 tiêu chí chưa thẩm định: 2.1.1.' }).waitFor();
    await shot(page, '18-tham-dinh-chua-du');

    // meanwhile the unit explains its result on 1.1: the page's version is stale, the save is refused and reloaded
    const explained = await gql(
      url,
      tokens['officer.u1']!,
      `mutation($i: SubmitExplanationInput!) { submitExplanation(input: $i) { version } }`,
      {
        i: {
          cycleId: CYCLE,
          unitId: 'u1',
          code: '1.1',
          text: 'Đơn vị đã hoàn thành 10/10 nhiệm vụ, kèm báo cáo quý IV',
          evidenceSha256s: [createHash('sha256').update(pdf).digest('hex')],
        },
      },
    );
    expect(explained.errors).toBeUndefined();
    await row('2.1.1').getByLabel('Điểm thẩm định 2.1.1').fill('2');
    await row('2.1.1').getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
    await page.getByText(/vừa được người khác thay đổi/).waitFor();
    await expect(row('2.1.1').getByText('CONCURRENCY_CONFLICT').count()).resolves.toBe(1);
    const thread = page.locator('section[data-thread="1.1"]');
    await thread.getByText('Đơn vị đã hoàn thành 10/10 nhiệm vụ, kèm báo cáo quý IV').waitFor();
    // the document the explanation cites, downloaded through the evidence query: the bytes the unit uploaded
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      thread.getByRole('button', { name: 'Kế hoạch CCHC 2025.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kế hoạch CCHC 2025.pdf');
    expect(Buffer.compare(await readFile(await download.path()), pdf)).toBe(0);
    await shot(page, '19-tham-dinh-xung-dot');
    await row('2.1.1').getByLabel('Điểm thẩm định 2.1.1').fill('2');
    await row('2.1.1').getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
    await waitForText(page, 'appraised-2.1.1', '2');

    // the explanation convinces: decided again, 1.1.2 raised from 2,5 to 3
    await thread.getByLabel('Điều chỉnh điểm').check();
    await thread.getByLabel('Tiêu chí thành phần').selectOption('1.1.2');
    await thread.getByLabel('Điểm mới 1.1').fill('3');
    await thread.getByLabel('Lý do quyết định 1.1').fill('Báo cáo quý IV chứng minh hoàn thành kế hoạch');
    await thread.getByRole('button', { name: 'Ghi quyết định' }).click();
    await page.locator('section[data-thread="1.1"]').getByText('Đã quyết định').waitFor();
    await expect(page.locator('section[data-thread="1.1"]').textContent()).resolves.toContain('Tiêu chí 1.1.2: 2,5 → 3');
    await waitForText(page, 'appraised-1.1.2', '3');
    // the refusal to finalize described the assessment before these changes: gone
    await expect(page.getByText('APPRAISAL_INCOMPLETE').count()).resolves.toBe(0);
    await page.getByText('Mọi tiêu chí đã có điểm thẩm định.').waitFor();
    await shot(page, '20-tham-dinh-giai-trinh');

    await page.getByRole('button', { name: 'Chốt kết quả thẩm định' }).click();
    await page.getByText(/Đã chốt kết quả thẩm định lúc \d\d\/\d\d\/\d{4}/).waitFor();
    await expect(row('1.1.1').getByLabel('Điểm thẩm định 1.1.1').isDisabled()).resolves.toBe(true);
    expectNoPageErrors(page);
  });

  it('admin publishes the ranking by decision; an auditor reads the official ranking', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'admin' });
    await goTo(page, 'Xếp hạng');
    await page
      .getByTestId('ranking-kind')
      .filter({ hasText: /^Tạm thời/ })
      .waitFor();
    const u1 = page.getByRole('row').filter({ hasText: 'UBND huyện Ba Bể' });
    await reloadUntil(page, async () => (await u1.getByText('Đã chốt').count()) === 1, 'Xếp hạng');
    await expect(u1.textContent()).resolves.toContain('70,00 %');
    await shot(page, '21-xep-hang-tam-thoi');

    const form = page.getByRole('form', { name: 'Công bố kết quả xếp hạng' });
    await form.getByLabel('Số quyết định').fill('15/QĐ-UBND');
    await form.getByLabel('Người ký').fill('Nguyễn Văn Bình');
    const decisionDate = (await form.getByLabel('Ngày quyết định').inputValue()).trim();
    expect(decisionDate).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    // the ranking service learns of the last finalization within moments: UNITS_NOT_FINAL until then
    for (let i = 0; i < 30; i++) {
      await form.getByRole('button', { name: 'Công bố' }).click();
      await page.waitForTimeout(500);
      if ((await form.getByText('UNITS_NOT_FINAL').count()) === 0) break;
    }
    const heading = `Chính thức — Quyết định số 15/QĐ-UBND ngày ${decisionDate}`;
    await page.getByTestId('ranking-kind').filter({ hasText: heading }).waitFor();
    await expect(page.getByText('Người ký: Nguyễn Văn Bình.').count()).resolves.toBe(1);
    await expect(page.getByRole('form', { name: 'Công bố kết quả xếp hạng' }).count()).resolves.toBe(0);
    await shot(page, '22-xep-hang-chinh-thuc');
    expectNoPageErrors(page);

    const auditor = await openConsole(browser, consoleUrl);
    await login(auditor, { province: 'Bắc Kạn', username: 'auditor' });
    await goTo(auditor, 'Xếp hạng');
    await auditor.getByTestId('ranking-kind').filter({ hasText: heading }).waitFor();
    await expect(auditor.getByRole('button', { name: 'Tạm thời' }).count()).resolves.toBe(0);
    await expect(auditor.getByRole('row').filter({ hasText: 'UBND huyện Ba Bể' }).textContent()).resolves.toContain('70,00 %');
    expectNoPageErrors(auditor);
  });
});
