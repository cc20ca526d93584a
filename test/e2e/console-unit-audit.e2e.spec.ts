/**
 * The console for unit officers and auditors in a real chromium against the built embedded platform (`npm start`):
 * the officer's self-assessment with evidence (uploads refused by the server for size and for a content that does
 * not match the name, a document removed, an explanation where evidence is required and missing, the submission
 * refused with what is missing, then the locked view), the officer's explanation round (the preliminary result with
 * the appraiser's reasons, an explanation with a document, the appraiser's decision arriving), and the auditor's
 * history (paging, by criterion and by user, the state as of a moment, the difference between two moments, export,
 * chain verification). The province admin opens a 2026 cycle whose framework requires evidence, and the appraiser's
 * part goes through GraphQL. Screenshots docs/console/23-… to 30-….
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { formatDateVi } from '@par/kernel';
import { demoFrameworkYaml, gql, selfScoreAndSubmit } from '@par/platform';
import { chooseCycle, goTo, launchChromium, login, openConsole, scriptErrorsOf, shot, waitForText } from '../support/console-browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = `${root}dist/apps/embedded/main.js`;
const GATEWAY = 7070;
const ISSUER = 7075;
const PORT_OFFSET = 2600;
/** The evidence limit of this run (PAR_EVIDENCE_MAX_BYTES), so a "too large" file is 1,5 MB rather than 20 MB. */
const EVIDENCE_MAX_BYTES = 1024 * 1024;
const consoleUrl = `http://127.0.0.1:${GATEWAY}/console/`;
const url = `http://127.0.0.1:${GATEWAY}/graphql`;
const CYCLE_2025 = '2025-district';
const CYCLE_2026 = '2026-district';

async function passwordToken(username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${ISSUER}/realms/par-bac-kan/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const pdf = (title: string, padding = 0) =>
  Buffer.concat([
    Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj <<>> endobj\n`),
    Buffer.alloc(padding, 0x20),
    Buffer.from('trailer <<>>\n%%EOF\n'),
  ]);
const planPdf = pdf('Kế hoạch CCHC năm 2025');

async function ok(res: Promise<{ errors?: unknown }>, what: string): Promise<void> {
  const r = await res;
  if (r.errors) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
}

/** The officer attaches a PDF to a sub-criterion of u1 (GraphQL multipart). */
async function attachPdf(token: string, cycleId: string, code: string, fileName: string, bytes: Buffer): Promise<void> {
  const query = `mutation($i: EvidenceTargetInput!, $file: Upload!) { attachEvidence(input: $i, file: $file) { version } }`;
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { i: { cycleId, unitId: 'u1', code }, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(bytes)]), fileName);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  await ok(res.json() as Promise<{ errors?: unknown }>, 'attachEvidence');
}

/** The admin opens a 2026 cycle on a framework whose two plan items require evidence (tài liệu kiểm chứng). */
async function openEvidenceCycle(admin: string): Promise<void> {
  const definition = demoFrameworkYaml('bac-kan')
    .replace('id: demo-district', 'id: demo-district-2026')
    .replace('(bản thử nghiệm)', 'năm 2026 (bản thử nghiệm)')
    .replace('period: { from: 2025, to: 2025 }', 'period: { from: 2026, to: 2026 }')
    .replace('year: 2025', 'year: 2026')
    .replaceAll('departments: [SNV] }', 'departments: [SNV], evidenceRequired: true }');
  await ok(
    gql(url, admin, `mutation($d: String!) { saveFrameworkDraft(input: { definition: $d }) { frameworkId } }`, { d: definition }),
    'draft',
  );
  const decision = `decision: { number: "03/QĐ-UBND", date: "2026-01-05" }`;
  await ok(
    gql(
      url,
      admin,
      `mutation { publishFrameworkVersion(input: { frameworkId: "demo-district-2026", ${decision}, validFrom: "2026" }) { version } }`,
    ),
    'publish',
  );
  const cycle = {
    id: CYCLE_2026,
    name: 'Chỉ số CCHC cấp huyện năm 2026',
    year: 2026,
    unitType: 'district',
    frameworkId: 'demo-district-2026',
    frameworkVersion: 1,
  };
  await ok(gql(url, admin, `mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }`, { i: cycle }), 'openCycle');
}

/** Reloads the page until `ready` holds (read models follow the events within moments). */
async function reloadUntil(page: Page, ready: () => Promise<boolean>, heading: string): Promise<void> {
  for (let i = 0; i < 60 && !(await ready()); i++) {
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
}

/** Waits until the locator matches exactly `n` elements (a new page of a table replaces the old one). */
async function waitForCount(locator: ReturnType<Page['locator']>, n: number): Promise<void> {
  for (let i = 0; i < 100 && (await locator.count()) !== n; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await locator.count()).toBe(n);
}

describe('web console: unit officer (evidence, submission, explanations) and auditor (embedded mode, chromium)', () => {
  let child: ChildProcess;
  let output = '';
  let browser: Browser;
  let tmp: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(entry) || !existsSync(`${root}dist/console/index.html`)) throw new Error('run `npm run build` first (npm test does)');
    tmp = await mkdtemp(join(tmpdir(), 'par-console-unit-'));
    child = spawn(process.execPath, [entry], {
      cwd: root,
      env: {
        ...process.env,
        PAR_GATEWAY_PORT: String(GATEWAY),
        PAR_DEV_ISSUER_PORT: String(ISSUER),
        PAR_PORT_OFFSET: String(PORT_OFFSET),
        PAR_EVIDENCE_MAX_BYTES: String(EVIDENCE_MAX_BYTES),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const deadline = Date.now() + 150_000;
    while (!output.includes('sẵn sàng')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`embedded mode did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const user of ['admin', 'officer.u1', 'appraiser']) tokens[user] = await passwordToken(user);
    await openEvidenceCycle(tokens['admin']!);
    // 2025: u1 scored itself with a document and submitted; the appraiser gave a preliminary result, 1.1.2 lower
    await attachPdf(tokens['officer.u1']!, CYCLE_2025, '1.1.2', 'Kế hoạch CCHC 2025.pdf', planPdf);
    await selfScoreAndSubmit(url, tokens['officer.u1']!, CYCLE_2025, 'u1', { '1.1.1': 2, '1.1.2': 3, '2.1.1': 2 });
    const appraise = `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { version } }`;
    const appraised = { cycleId: CYCLE_2025, unitId: 'u1' };
    await ok(gql(url, tokens['appraiser']!, appraise, { i: { ...appraised, subCriterionCode: '1.1.1', score: 2 } }), 'appraise 1.1.1');
    const reason = 'Chưa hoàn thành 2 nhiệm vụ của kế hoạch';
    await ok(
      gql(url, tokens['appraiser']!, appraise, { i: { ...appraised, subCriterionCode: '1.1.2', score: 2.5, reason } }),
      'appraise 1.1.2',
    );
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

  it('unit officer: evidence refused for size and content, uploaded and removed, an explanation, the submission refused then sent', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'officer.u1' });
    await goTo(page, 'Tự đánh giá');
    const row = (code: string) => page.locator(`li[data-code="${code}"]`);
    // the new cycle is the newest: chosen first once the catalog has it
    await reloadUntil(page, async () => (await row('1.1.1').getByText('Bắt buộc').count()) === 1, 'Tự đánh giá');
    // the picker selects it once its cycles have loaded (read again until then: a single read races the render)
    await page.waitForFunction(
      (id) => (document.querySelector('select[aria-label="Chọn kỳ đánh giá"]') as HTMLSelectElement | null)?.value === id,
      CYCLE_2026,
      { timeout: 10_000 },
    );
    await expect(page.getByLabel('Chọn kỳ đánh giá').inputValue()).resolves.toBe(CYCLE_2026);

    await row('1.1.1').getByLabel('Điểm tự chấm 1.1.1').fill('1,5');
    await row('1.1.1').getByRole('button', { name: 'Lưu điểm' }).click();
    await waitForText(page, 'self-1.1.1', '1,5');
    await row('1.1.2').getByLabel('Điểm tự chấm 1.1.2').fill('3');
    await row('1.1.2').getByRole('button', { name: 'Lưu điểm' }).click();
    await waitForText(page, 'self-1.1.2', '3');

    // real files from disk: a scan over the limit, a screenshot (PNG) named as a PDF
    const big = join(tmp, 'Biên bản kiểm tra (bản quét).pdf');
    await writeFile(big, pdf('Biên bản kiểm tra', EVIDENCE_MAX_BYTES + 512 * 1024));
    const renamed = join(tmp, 'Báo cáo kết quả.pdf');
    await writeFile(renamed, await page.screenshot());
    // a slow line (devtools network emulation): the upload's progress shows on the row until the server refuses
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 512 * 1024,
    });
    await row('1.1.2').getByLabel('Tải lên tài liệu kiểm chứng 1.1.2').setInputFiles(big);
    await row('1.1.2').getByRole('progressbar').waitFor();
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(row('1.1.2').getByRole('alert').textContent()).resolves.toContain(
      'Tài liệu kiểm chứng vượt quá dung lượng cho phép (1 MB).',
    );
    await row('1.1.1').getByLabel('Tải lên tài liệu kiểm chứng 1.1.1').setInputFiles(renamed);
    await expect(row('1.1.1').getByRole('alert').textContent()).resolves.toContain(
      'Nội dung tệp không phải là PDF như tên tệp cho biết (nội dung là tệp .png).',
    );
    await expect(row('1.1.1').getByText('EVIDENCE_TYPE_MISMATCH').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid^="evidence-"]').count()).resolves.toBe(0);
    await shot(page, '23-tu-danh-gia-tai-lieu-bi-tu-choi');

    // a real PDF attached, a wrong one attached and removed; the kept one downloads as uploaded
    const plan = join(tmp, 'Kế hoạch CCHC 2026.pdf');
    await writeFile(plan, pdf('Kế hoạch CCHC năm 2026'));
    await row('1.1.1').getByLabel('Tải lên tài liệu kiểm chứng 1.1.1').setInputFiles(plan);
    await row('1.1.1').getByText('Đã đính kèm "Kế hoạch CCHC 2026.pdf".').waitFor();
    const wrong = join(tmp, 'Nhầm tệp.pdf');
    await writeFile(wrong, pdf('Tệp gửi nhầm'));
    // this one dropped on the row (drag and drop) rather than chosen
    const dataTransfer = await page.evaluateHandle(
      ({ name, base64 }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }));
        return dt;
      },
      { name: 'Nhầm tệp.pdf', base64: (await readFile(wrong)).toString('base64') },
    );
    await row('1.1.1').locator('.evidence-zone').dispatchEvent('drop', { dataTransfer });
    await row('1.1.1').getByRole('button', { name: 'Nhầm tệp.pdf', exact: true }).waitFor();
    await row('1.1.1').getByRole('button', { name: 'Gỡ Nhầm tệp.pdf' }).click();
    await row('1.1.1').getByText('Đã gỡ "Nhầm tệp.pdf".').waitFor();
    await expect(page.getByTestId('evidence-1.1.1').textContent()).resolves.toMatch(/^Kế hoạch CCHC 2026\.pdf \(\d+ B\)/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row('1.1.1').getByRole('button', { name: 'Kế hoạch CCHC 2026.pdf', exact: true }).click(),
    ]);
    expect(Buffer.compare(await readFile(await download.path()), await readFile(plan))).toBe(0);
    await shot(page, '24-tu-danh-gia-tai-lieu');

    // 2.1.1 unscored, 1.1.2 without evidence or explanation: the server refuses and the console lists both
    await page.getByRole('button', { name: 'Gửi kết quả tự đánh giá' }).click();
    await page.getByRole('alert').filter({ hasText: 'Chưa thể gửi kết quả tự đánh giá' }).waitFor();
    await expect(page.getByTestId('missing-unscored').textContent()).resolves.toContain('2.1.1');
    await expect(page.getByTestId('missing-evidence').textContent()).resolves.toContain('1.1.2');
    await shot(page, '25-tu-danh-gia-gui-bi-tu-choi');

    await row('1.1.2')
      .getByLabel('Giải trình 1.1.2')
      .fill('Kế hoạch thực hiện đã đăng trên Cổng thông tin điện tử của huyện, không có bản giấy');
    await row('1.1.2').getByRole('button', { name: 'Lưu giải trình' }).click();
    await row('1.1.2').getByText('Đã lưu giải trình.').waitFor();
    await row('2.1.1').getByLabel('Điểm tự chấm 2.1.1').fill('2');
    await row('2.1.1').getByRole('button', { name: 'Lưu điểm' }).click();
    await waitForText(page, 'self-2.1.1', '2');
    await expect(page.getByText('SELF_ASSESSMENT_INCOMPLETE').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Gửi kết quả tự đánh giá' }).click();
    await page
      .getByTestId('submitted')
      .filter({ hasText: /^Đã gửi kết quả tự đánh giá lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/ })
      .waitFor();
    // locked: no score, upload, removal or explanation form any more; the documents and the explanation stay readable
    await expect(page.getByRole('button', { name: 'Lưu điểm' }).count()).resolves.toBe(0);
    await expect(page.locator('input[type=file]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Gỡ / }).count()).resolves.toBe(0);
    await row('1.1.2')
      .getByText(/^Giải trình: Kế hoạch thực hiện đã đăng/)
      .waitFor();
    await page.reload();
    await page.getByTestId('submitted').waitFor();
    await shot(page, '26-tu-danh-gia-da-gui');
    expectNoPageErrors(page);
  });

  it('unit officer: the preliminary result with reasons, an explanation with a document, the decision as it arrives', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'officer.u1' });
    await goTo(page, 'Giải trình');
    await chooseCycle(page, CYCLE_2025);
    await waitForText(page, 'appraised-1.1.2', '2,5');
    await waitForText(page, 'reason-1.1.2', 'Chưa hoàn thành 2 nhiệm vụ của kế hoạch');
    await waitForText(page, 'appraised-2.1.1', '—');
    await waitForText(page, 'reason-2.1.1', 'Chưa thẩm định');
    await expect(page.getByRole('row').filter({ hasText: '1.1.2' }).textContent()).resolves.toContain('−0,5');

    const thread = page.locator('section[data-thread="1.1"]');
    await thread.getByText('Chưa có giải trình.').waitFor();
    await thread.getByLabel('Nội dung giải trình 1.1').fill('Đơn vị đã hoàn thành 10/10 nhiệm vụ của kế hoạch, kèm báo cáo');
    await thread.getByLabel(/Kế hoạch CCHC 2025\.pdf/).check();
    await thread.getByRole('button', { name: 'Gửi giải trình' }).click();
    await thread.getByText('Đã gửi giải trình; người thẩm định sẽ quyết định.').waitFor();
    await thread.getByText('Đang chờ người thẩm định quyết định').waitFor();
    await thread.getByText('Đơn vị đã hoàn thành 10/10 nhiệm vụ của kế hoạch, kèm báo cáo').waitFor();
    // the document cited is the one the unit attached: it downloads from the thread
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      thread.getByRole('button', { name: 'Kế hoạch CCHC 2025.pdf' }).click(),
    ]);
    expect(Buffer.compare(await readFile(await download.path()), planPdf)).toBe(0);
    await expect(
      page.locator('section[data-thread="2.1"]').getByText('Chưa có kết quả thẩm định sơ bộ của tiêu chí này.').count(),
    ).resolves.toBe(1);
    await shot(page, '27-giai-trinh-da-gui');

    // the appraiser decides (GraphQL): the open page follows and shows the new score and its reason
    const thread11 = await gql<{ explanationThread: { entries: { evidenceSha256s: string[] }[] } }>(
      url,
      tokens['appraiser']!,
      `query { explanationThread(cycleId: "${CYCLE_2025}", unitId: "u1", code: "1.1") { entries { evidenceSha256s } } }`,
    );
    expect(thread11.data?.explanationThread.entries[0]?.evidenceSha256s).toEqual([createHash('sha256').update(planPdf).digest('hex')]);
    const decided = 'Báo cáo chứng minh hoàn thành kế hoạch';
    await ok(
      gql(url, tokens['appraiser']!, `mutation($i: DecideExplanationInput!) { decideExplanation(input: $i) { version } }`, {
        i: { cycleId: CYCLE_2025, unitId: 'u1', code: '1.1', outcome: 'CHANGED', subCriterionCode: '1.1.2', score: 3, reason: decided },
      }),
      'decideExplanation',
    );
    await thread.getByText('Đã quyết định').waitFor({ timeout: 20_000 });
    await expect(thread.textContent()).resolves.toContain('Tiêu chí 1.1.2: 2,5 → 3');
    await waitForText(page, 'appraised-1.1.2', '3');
    await waitForText(page, 'reason-1.1.2', decided);
    await shot(page, '28-giai-trinh-quyet-dinh');
    expectNoPageErrors(page);
  });

  it('auditor: the history paged, by criterion and by user, the state as of a moment, a difference, export and verification', async () => {
    const page = await openConsole(browser, consoleUrl);
    await login(page, { province: 'Bắc Kạn', username: 'auditor' });
    await goTo(page, 'Lịch sử và kiểm tra');
    await chooseCycle(page, CYCLE_2025);
    const rows = page.locator('tr[data-event]');
    await rows.first().waitFor();
    await page.getByLabel('Số dòng mỗi trang').selectOption('5');
    await waitForText(page, 'history-page', 'Trang 1');
    await waitForCount(rows, 5);
    const firstPageIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')));
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await waitForText(page, 'history-page', 'Trang 2');
    await rows.first().waitFor();
    const secondPageIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')));
    expect(secondPageIds.some((id) => firstPageIds.includes(id))).toBe(false);
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await waitForText(page, 'history-page', 'Trang 1');

    // one criterion, then one user (a click on the appraiser's name)
    await page.getByLabel('Tiêu chí').selectOption('1.1');
    const appraisal = rows.filter({ hasText: 'Thẩm định điểm' }).filter({ hasText: '— → 2,5' });
    await appraisal.waitFor();
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]!.textContent));
    expect(codes.every((c) => c === '—' || c!.startsWith('1.1'))).toBe(true);
    const appraiserName = (await appraisal.locator('td').nth(5).getByRole('button').textContent())!;
    await appraisal.getByRole('button', { name: appraiserName }).click();
    await expect(page.getByLabel('Người dùng (mã tài khoản)').inputValue()).resolves.toMatch(/appraiser/);
    await rows.filter({ hasText: '2,5 → 3' }).waitFor();
    const actors = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[5]!.querySelector('button')!.textContent));
    expect(new Set(actors)).toEqual(new Set([appraiserName]));

    // the moments of two rows: the state just after the preliminary appraisal, and what changed until the decision
    await appraisal.getByRole('button', { name: /^Xem trạng thái tại/ }).click();
    await appraisal.getByRole('button', { name: /^So sánh từ/ }).click();
    await rows
      .filter({ hasText: '2,5 → 3' })
      .getByRole('button', { name: /^So sánh đến/ })
      .click();
    await page.getByRole('button', { name: 'Xem trạng thái', exact: true }).click();
    const asOf = page.getByTestId('as-of');
    const cellsOf = (row: ReturnType<Page['locator']>) => row.locator('td').allTextContents();
    await asOf.locator('tr[data-code="1.1.2"]').waitFor();
    // code and name, status, self, appraised: the preliminary 2,5 (not yet the decided 3)
    await expect(cellsOf(asOf.locator('tr[data-code="1.1.2"]')).then((c) => c.slice(2, 4))).resolves.toEqual(['3', '2,5']);
    await page.getByRole('button', { name: 'So sánh', exact: true }).click();
    const diff = page.getByTestId('diff');
    const changed = diff.getByRole('row').filter({ hasText: 'Điểm thẩm định' });
    await changed.first().waitFor();
    await expect(cellsOf(changed.first()).then((c) => c.slice(0, 4))).resolves.toEqual(['1.1.2', 'Điểm thẩm định', '2,5', '3']);
    await shot(page, '29-kiem-tra-thoi-diem-so-sanh');

    // a day typed alone means its end: today's state has the decided score
    await page.getByLabel('Tại thời điểm').fill(formatDateVi(new Date()));
    await page.getByRole('button', { name: 'Xem trạng thái', exact: true }).click();
    await page.getByText(/^Tại \d\d\/\d\d\/\d{4} 23:59:59/).waitFor();
    await expect(cellsOf(asOf.locator('tr[data-code="1.1.2"]')).then((c) => c.slice(2, 4))).resolves.toEqual(['3', '3']);

    for (const format of ['CSV', 'JSON'] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Xuất ${format}` }).click()]);
      const bytes = await readFile(await file.path());
      await page.getByText(`SHA-256 của tệp: ${createHash('sha256').update(bytes).digest('hex')}`).waitFor();
      expect(file.suggestedFilename()).toMatch(new RegExp(`^audit-bac-kan-2025-district-u1-.*\\.${format.toLowerCase()}$`));
      const events = Number(/: (\d+) sự kiện/.exec((await page.getByTestId('export-result').textContent())!)![1]);
      expect(events).toBeGreaterThanOrEqual(10);
      if (format === 'CSV')
        expect(
          bytes
            .toString('utf8')
            .split(/\r?\n/)
            .filter((l) => l.trim()).length,
        ).toBeGreaterThanOrEqual(events + 1);
      else expect(JSON.stringify(JSON.parse(bytes.toString('utf8')))).toContain('AppraisedScoreRecorded');
    }
    await page.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
    await page.getByText(/Chuỗi băm toàn vẹn: đã kiểm tra \d+ sự kiện\./).waitFor();
    await shot(page, '30-kiem-tra-xuat-du-lieu');

    // the whole cycle: every unit's events, with the unit named on each row
    await page.getByLabel('Người dùng (mã tài khoản)').fill('');
    await page.getByLabel('Cả kỳ (mọi đơn vị)').check();
    await page.getByRole('columnheader', { name: 'Đơn vị' }).waitFor();
    await rows.first().waitFor();
    const units = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]!.textContent));
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => /^u\d$/.test(u!))).toBe(true);
    await expect(page.getByTestId('as-of').count()).resolves.toBe(0);
    expectNoPageErrors(page);
  });
});
