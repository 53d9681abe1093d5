// The web app in a real browser (Debian chromium via playwright-core) against the real server, knowledge base
// and RAG pipeline, with a local OpenAI-protocol upstream as the model. Screenshots go to test-artifacts/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/report/intake/testing/render.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.js';
import { medicalUpstreamReply } from '../helpers/server-fixtures.js';
import { REPO_ROOT, sharedPath } from '../helpers/shared-data.js';
import { CHROMIUM, skipWithout, systemBinary } from '../helpers/system-binary.js';
import { bootstrap, type Bootstrapped } from '../../src/server/bootstrap.js';
import { createModelRegistry } from '../../src/server/model-registry.js';
import { startServer, type RunningServer } from '../../src/server/start.js';

// Skipped with the install command on a machine without Chromium; required under CI=true.
const chromiumBinary = systemBinary(CHROMIUM);
skipWithout(chromiumBinary);

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
// Built fresh from web/ for this run, so the test always exercises the current source.
const WEB_DIST = mkdtempSync(join(tmpdir(), 'qm-web-dist-'));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let upstream: FakeOpenAI;
let boot: Bootstrapped;
let server: RunningServer;
let evidenceServer: RunningServer;
let browser: Browser;

async function newPage(lang = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale: lang, viewport: { width: 1180, height: 900 } });
  return context.newPage();
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  if (!chromiumBinary.path) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--outDir', WEB_DIST, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: REPO_ROOT },
  );
  upstream = await startFakeOpenAI({ reply: (body) => ({ text: medicalUpstreamReply(body), chunkDelayMs: 15 }) });
  const env = { ...process.env, QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-web-')), QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '' };
  boot = await bootstrap({ model: `openai:${upstream.baseURL}#fake-model?retries=0`, env });
  await boot.kb.ingest([sharedPath('kb', 'medquad', '4_MPlus_Health_Topics_QA'), sharedPath('kb', 'medquad', '8_NHLBI_QA_XML')]);
  server = await startServer({ services: boot.services, port: 0, handleSignals: false, logger: false, webRoot: WEB_DIST });
  const evidenceServices = { ...boot.services, models: await createModelRegistry({ defaultSpec: 'none' }), close: undefined };
  evidenceServer = await startServer({ services: evidenceServices, port: 0, handleSignals: false, logger: false, webRoot: WEB_DIST });
  browser = await chromium.launch({ executablePath: chromiumBinary.path, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await evidenceServer?.close();
  await server?.close();
  await upstream?.close();
});

describe('web app', () => {
  it('chat: streams an answer with inline citations and citation cards', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/chat`);
    await page.getByRole('textbox').fill('How is high blood pressure treated?');
    await page.getByRole('button', { name: 'Ask' }).click();
    const card = page.getByTestId('citation-card').first();
    // Generous waits: this checks the UI, not speed (speed lives in `npm run bench`); at load 30 an answer took > 20 s.
    await card.waitFor({ timeout: 60_000 });
    await page.getByText('Generated from the cited sources').waitFor();
    await expect.poll(() => page.getByTestId('answer').first().innerText()).toContain('lifestyle changes and medicines');
    expect(await page.locator('.cite-ref').count()).toBeGreaterThan(0);
    // Model Markdown is rendered as structure, never as raw asterisks or HTML.
    expect(await page.locator('.answer-text strong').first().innerText()).toBe('Key points:');
    expect(await page.locator('.answer-text ol li').count()).toBe(2);
    expect(await page.getByTestId('answer').first().innerText()).not.toContain('**');
    expect(await card.locator('h4').innerText()).toMatch(/blood pressure/i);
    expect(await card.locator('.authority').first().getAttribute('title')).toMatch(/^[A-E] — /);
    expect(await card.locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
    await page.locator('.cite-ref').first().hover();
    await shot(page, 'web-chat');
    await page.context().close();
  });

  it('chat: an emergency shows the emergency banner', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/chat`);
    await page.getByRole('textbox').fill('My father has crushing chest pain spreading to his left arm and is sweating');
    await page.getByRole('button', { name: 'Ask' }).click();
    const banner = page.getByTestId('triage-banner');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.innerText()).toMatch(/emergency/i);
    await page.getByText('Generated from the cited sources').or(page.getByText('Retrieved passages (no model)')).waitFor({ timeout: 60_000 });
    await shot(page, 'web-chat-emergency');
    await page.context().close();
  });

  it('chat in Chinese: Chinese interface, Chinese answer, triage banner with 120', async () => {
    const page = await newPage('zh-CN');
    await page.goto(`${server.url}/chat`);
    await page.getByRole('textbox').fill('我爸爸胸痛，向左臂放射，一直出汗，怎么办？');
    await page.getByRole('button', { name: '提问' }).click();
    const banner = page.getByTestId('triage-banner');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.innerText()).toContain('120');
    await page.getByTestId('citation-card').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('answer').innerText()).toMatch(/\p{Script=Han}{4}/u);
    await shot(page, 'web-chat-zh');
    await page.context().close();
  });

  it('chat without a model: evidence-mode banner and cited passages', async () => {
    const page = await newPage();
    await page.goto(`${evidenceServer.url}/`);
    await page.getByTestId('evidence-banner').waitFor();
    expect(await page.getByTestId('evidence-banner').innerText()).toContain('--model');
    await page.getByRole('textbox').fill('What causes anemia?');
    await page.keyboard.press('Enter');
    await page.getByTestId('citation-card').first().waitFor({ timeout: 60_000 });
    await shot(page, 'web-chat-evidence');
    await page.context().close();
  });

  it('search: authority-ranked hits with badges', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search`);
    await page.getByRole('searchbox').fill('anemia iron deficiency');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('search-hit').first().waitFor();
    expect(await page.getByTestId('search-hit').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('search-hit').first().innerText()).toMatch(/anemia/i);
    // Passages of one document are grouped under it, the rest one click away.
    const summary = await page.getByTestId('search-summary').innerText();
    const passages = Number(/^(\d+)/.exec(summary)?.[1]);
    expect(await page.getByTestId('search-hit').count()).toBeLessThan(passages);
    await shot(page, 'web-search');
    await page.locator('.more-passages summary').first().click();
    await page.locator('.more-passage').first().waitFor();
    await page.context().close();
  });

  it('report: a table of values with the abnormal one flagged, and an explanation', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/report`);
    await page.getByRole('textbox').fill('Hemoglobin 95 g/L 130-175\nWBC 6.2 10^9/L 3.5-9.5\nGlucose 5.1 mmol/L 3.9-6.1');
    await page.getByRole('button', { name: 'Interpret' }).click();
    const table = page.getByTestId('lab-table');
    await table.waitFor({ timeout: 30_000 });
    const low = table.locator('tr[data-flag="low"]');
    expect(await low.count()).toBe(1);
    expect(await low.innerText()).toMatch(/hemoglobin/i);
    expect(await table.locator('tr[data-flag="normal"]').count()).toBe(2);
    await shot(page, 'web-report');
    await page.context().close();
  });

  it('report upload: the PDF beside what was read, corrected text interpreted', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/report`);
    const pdf = await renderPdf('Test  Result  Unit  Reference\nHemoglobin   95   g/L   130-175\nALT   65   U/L   9-50\nNote: fasting specimen');
    await page.getByTestId('report-file').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    const read = page.getByTestId('read-table');
    await read.waitFor({ timeout: 30_000 });
    expect(await read.locator('tr').count()).toBe(2);
    // The recognised text is in the box for correction; a corrected value is what gets interpreted.
    const box = page.getByRole('textbox');
    expect(await box.inputValue()).toMatch(/Hemoglobin\s+95/);
    await box.fill((await box.inputValue()).replace(/ALT\s+65/, 'ALT  35'));
    await page.getByRole('button', { name: 'Interpret' }).click();
    const table = page.getByTestId('lab-table').last();
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tr[data-flag="low"]').count()).toBe(1);
    expect(await table.locator('tr[data-flag="normal"]').innerText()).toMatch(/35/);
    await shot(page, 'web-report-upload');
    await page.context().close();
  });

  it('status page and the Chinese interface', async () => {
    const page = await newPage('zh-CN');
    await page.goto(`${server.url}/status`);
    await page.getByTestId('status-page').waitFor();
    expect(await page.locator('nav').innerText()).toContain('健康咨询');
    expect(await page.getByTestId('status-page').innerText()).toContain('kb pull medquad');
    await shot(page, 'web-status-zh');
    await page.getByTestId('lang-toggle').click();
    expect(await page.locator('nav').innerText()).toContain('Consult');
    await page.context().close();
  });

  it('asks for the API key when the server requires one, then works with it', async () => {
    const keyed = await startServer({
      services: { ...boot.services, close: undefined },
      port: 0,
      handleSignals: false,
      logger: false,
      webRoot: WEB_DIST,
      apiKeys: ['web-key'],
    });
    try {
      const page = await newPage();
      await page.goto(`${keyed.url}/status`);
      const key = page.getByLabel('API key');
      await key.waitFor();
      await key.fill('web-key');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('status-page').waitFor();
      expect(await page.getByTestId('kb-documents').innerText()).toMatch(/\d/);
      await shot(page, 'web-status');
      await page.context().close();
    } finally {
      await keyed.close();
    }
  });
});

describe('web app: consultation', () => {
  for (const [locale, opening, send, ask, mark] of [
    ['en-US', 'I have had a cough and sore throat', 'Ask', 'To give you safer advice', /This advice rests on/],
    ['zh-CN', '我咳嗽，嗓子疼', '提问', '为了给出更稳妥的建议', /以下建议基于/],
  ] as const) {
    it(`asks with quick replies, shows the case, then answers with sources (${locale})`, async () => {
      const page = await newPage(locale);
      await page.goto(`${server.url}/chat`);
      await page.getByRole('textbox').fill(opening);
      await page.getByRole('button', { name: send }).click();
      await page.getByTestId('consult-panel').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('answer').last().innerText()).toContain(ask);
      // Turn 2: answer every question with its first chip, then send what the chips composed.
      const chips = page.getByTestId('quick-reply');
      expect(await chips.count()).toBeGreaterThan(0);
      await chips.first().click();
      expect(await page.getByRole('textbox').inputValue()).not.toBe('');
      await page.getByRole('textbox').fill(locale === 'en-US' ? 'No to all of those. Three days, I am 35.' : '都没有，咳了三天，35岁');
      await page.getByRole('button', { name: send }).click();
      // Turn 3 (only if the assistant still asks): one more reply, then the cited answer.
      const answers = page.getByTestId('answer');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="answer"]').length >= 2);
      await page.waitForFunction(() => !document.querySelector('.pulse'), undefined, { timeout: 30_000 });
      if (/To give you safer advice|为了给出更稳妥的建议/.test(await answers.last().innerText())) {
        await page.getByRole('textbox').fill(locale === 'en-US' ? 'No' : '没有');
        await page.getByRole('button', { name: send }).click();
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="answer"]').length >= 3);
      }
      await page.getByTestId('citation-card').first().waitFor({ timeout: 30_000 });
      expect(await answers.last().innerText()).toMatch(mark);
      await shot(page, `web-consult-${locale}`);
      await page.context().close();
    });
  }
});
