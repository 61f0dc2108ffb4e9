// GET /usage in a real headless Chromium (Debian's, driven by playwright-core): the page loads
// without any outside resource, asks the gateway's `usage` field and draws charts with data.
// A screenshot is kept in test-artifacts/ (gitignored) for a person to look at.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { History } from '../../src/history/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { testHistory } from '../support/historyStore.js';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL_SCRIPT = fileURLToPath(new URL('../../scripts/install-chromium.sh', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

let gateway: Harness;
let history: History;
let browser: Browser;
const origin = () => gateway.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() !== 0) throw new Error("chromium is not installed; run: sudo sh -c 'apt-get update && apt-get install -y chromium'");
    execFileSync('bash', [INSTALL_SCRIPT], { timeout: 900_000 });
  }
  history = await testHistory({ clock: () => Date.UTC(2026, 10, 1, 6) });
  gateway = await startHarness({ emulator: { seed: 2, sessionsPerKind: 120 }, gateway: { history } });
  await history.sweep();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  await history?.close();
});

describe('GET /usage', () => {
  it('is one self-contained HTML page', async () => {
    const res = await fetch(`${origin()}/usage`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    // No script, style or font from anywhere else (the SVG namespace is a name, not a fetch).
    expect(html.match(/(src|href)=["']?https?:/g)).toBeNull();
  });

  it('draws sessions and minutes per day by kind and the top owners in Chromium', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin())) outside.push(request.url());
    });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${origin()}/usage?start=2026-10-02&end=2026-11-01`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('#error')).toBe('');
    // Without authentication the page asks for no token.
    expect(await page.isVisible('#signin')).toBe(false);
    const bars = async (id: string) => page.locator(`#${id} rect.bar`).count();
    expect(await bars('sessions')).toBeGreaterThan(10);
    expect(await bars('minutes')).toBeGreaterThan(10);
    expect(await bars('owners')).toBeGreaterThan(0);
    // The summary states what `usage` answers for the same window.
    const res = await gateway.query<any, any>('{ usage(from: "2026-10-02T00:00:00Z", to: "2026-11-01T00:00:00Z") { sessions } }');
    expect(await page.textContent('#summary')).toContain(`${res.data.usage[0].sessions} sessions`);
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}usage-page.png`, fullPage: true });
    await page.close();
  });
});

describe('GET /usage behind AUTH_MODE=jwt', () => {
  const SECRET = 'a-usage-page-secret-of-at-least-32-chars';
  let guarded: Harness;
  beforeAll(async () => {
    const policy = { claim: 'groups', rules: [{ group: 'managers', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: false }] };
    guarded = await startHarness({ sharedEmulator: gateway.emulator, gateway: { history, auth: { mode: 'jwt', secret: SECRET, issuer: 'https://idp.test', audience: 'session-gateway', policy } } });
  });
  afterAll(() => guarded?.close());

  it('asks for a bearer token, then draws the same charts with it', async () => {
    const token = await new SignJWT({ groups: ['managers'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('https://idp.test')
      .setAudience('session-gateway')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    const page = await browser.newPage();
    const base = guarded.url.replace(/\/graphql$/, '');
    await page.goto(`${base}/usage?start=2026-10-02&end=2026-11-01`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isVisible('#signin')).toBe(true);
    expect(await page.locator('#sessions rect.bar').count()).toBe(0);
    await page.fill('#signin input[name="token"]', token);
    await page.click('#signin button');
    await page.waitForSelector('#sessions rect.bar');
    expect(await page.isVisible('#signin')).toBe(false);
    expect(await page.textContent('#error')).toBe('');
    // The token stays in the tab, not in the address.
    expect(page.url()).not.toContain(token.slice(0, 20));
    await page.close();
  });
});
