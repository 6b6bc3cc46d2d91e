// Opens report.html in headless Chromium from disk, as an analyst would, and checks what is drawn.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, renderHtmlReport } from '../../stages/report/index.ts';
import { findChromium, INSTALL_HINT } from './chromium.ts';
import { RECORDS, reportInput } from './fixtures.ts';

const CHROMIUM = findChromium();
const REQUIRED = process.env.CI === 'true';

if (!CHROMIUM && !REQUIRED) process.stderr.write(`\n*** SKIPPED the browser test of report.html: ${INSTALL_HINT} ***\n\n`);

describe.runIf(!CHROMIUM && REQUIRED)('report.html in a browser, under CI=true', () => {
  it('has a browser to run in', () => {
    expect.fail(INSTALL_HINT);
  });
});

describe.runIf(CHROMIUM)('report.html in a browser', () => {
  const OUT_DIR = mkdtempSync(path.join(tmpdir(), 'stance-browser-'));
  const HTML_FILE = path.join(OUT_DIR, 'report.html');
  const HTML_URL = pathToFileURL(HTML_FILE).href;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    writeFileSync(HTML_FILE, await renderHtmlReport(buildReport(reportInput()), RECORDS));
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(HTML_URL, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(OUT_DIR, { recursive: true, force: true });
  });

  it('draws the three charts with their marks', async () => {
    const marks = (chart: string) => page.locator(`#${chart} svg g.role-mark path`).count();
    expect(await page.locator('figure svg').count()).toBe(3);
    // Stacked bars, one per actor and stance with records: Türkiye 2, Fidan 2, Russia, Lavrov, Ukraine, Zelenskyy 1 each.
    expect(await marks('chart-actors')).toBe(8);
    // One cell per source → target pair with a target actor.
    expect(await page.locator('#chart-pairs svg g.role-mark.layer_1_marks path').count()).toBe(8);
    // Under them, the pale grid of every source × target: 6 sources × 5 targets.
    expect(await page.locator('#chart-pairs svg g.role-mark.layer_0_marks path').count()).toBe(30);
    // Two dates with the three stances each.
    expect(await marks('chart-timeline')).toBe(6);
    const box = await page.locator('#chart-actors svg').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
  });

  it('filters the evidence table as the user types, every word having to match', async () => {
    const search = page.locator('#evidence-search');
    const counter = page.locator('#evidence-count');
    const visibleRows = () => page.locator('#evidence tbody tr:visible').count();
    // The table filters once typing pauses, so each check waits for the rows to settle.
    const expectRows = (n: number) => expect.poll(visibleRows).toBe(n);
    await expectRows(RECORDS.length);
    expect(await counter.textContent()).toBe('10 records');

    await search.pressSequentially('Fidan');
    await expectRows(3);
    await search.fill('fidan   CONDEMN');
    await expectRows(1);
    expect(await page.locator('#evidence tbody tr:visible mark').textContent()).toBe('condemned');
    expect(await counter.textContent()).toBe('1 of 10 records');
    await search.fill('no such words');
    await expectRows(0);
    expect(await counter.textContent()).toBe('0 of 10 records');
    await search.fill('');
    await expectRows(10);
  });

  it('runs no script from the records and logs no console error', async () => {
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.locator('#evidence tbody td.sentence', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('loads nothing but the file itself', () => {
    expect(requests).toEqual([HTML_URL]);
  });

  it('renders the whole page into a screenshot of its full size', async () => {
    await page.locator('#evidence-search').blur();
    const file = path.join(OUT_DIR, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The PNG header's width and height are the page's: nothing cut off, nothing blank around it.
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(size);
  });
});
