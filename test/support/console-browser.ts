import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (infra/local/install-prereqs.sh installs it); `PAR_CHROMIUM` overrides the path. */
export const CHROMIUM = process.env['PAR_CHROMIUM'] ?? '/usr/bin/chromium';
/** Where the console's screenshots are kept (committed; the console e2e test regenerates them). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/console/', import.meta.url));

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`chromium not found at ${CHROMIUM}: apt-get install chromium (infra/local/install-prereqs.sh)`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // root in a container has no user namespace for chromium's sandbox; the browser only opens our local console
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--lang=vi-VN'] });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A fresh browser context (its own cookies and session storage) at the console's login page. */
export async function openConsole(
  browser: Browser,
  consoleUrl: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  scriptErrors.set(page, errors);
  await page.goto(consoleUrl);
  return page;
}

const scriptErrors = new WeakMap<Page, string[]>();
/** Uncaught errors of the page's scripts since it was opened. */
export const scriptErrorsOf = (page: Page): readonly string[] => scriptErrors.get(page) ?? [];

/** Waits until the element of `data-testid` shows exactly `text`. */
export async function waitForText(page: Page, testId: string, text: string): Promise<void> {
  await page
    .getByTestId(testId)
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .waitFor();
}

/**
 * Logs in through the real authorization-code flow: the console's province picker, the redirect to the issuer's
 * login page, the demo user and password, the redirect back with the code (exchanged with the PKCE verifier).
 */
export async function login(page: Page, opts: { province: string; username: string; shots?: { picker?: string; loginPage?: string } }) {
  await page.getByRole('radio', { name: opts.province }).check();
  if (opts.shots?.picker) await shot(page, opts.shots.picker);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForSelector('select#username');
  if (opts.shots?.loginPage) await shot(page, opts.shots.loginPage);
  await page.selectOption('select#username', opts.username);
  await page.fill('input#password', 'demo-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForSelector('[data-testid="who"]');
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true, animations: 'disabled' });
}

export async function goTo(page: Page, menuLabel: string): Promise<void> {
  const toggle = page.locator('.menu-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation').getByRole('link', { name: menuLabel, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: menuLabel }).waitFor();
}

/**
 * Picks a cycle in the screen's cycle picker once it has chosen its default (the newest), so the choice is not
 * overtaken by the default arriving late.
 */
export async function chooseCycle(page: Page, cycleId: string): Promise<void> {
  const picker = page.getByLabel('Chọn kỳ đánh giá');
  for (let i = 0; i < 100 && (await picker.inputValue()) === ''; i++) await page.waitForTimeout(100);
  await picker.selectOption(cycleId);
  for (let i = 0; i < 20 && (await picker.inputValue()) !== cycleId; i++) await page.waitForTimeout(100);
  if ((await picker.inputValue()) !== cycleId) throw new Error(`the cycle picker did not keep ${cycleId}`);
}
