/**
 * Opens site/index.html from disk in headless Chromium, filters the matrix for a chip, asserts a
 * known cell and a known check result, and saves a screenshot under test-results/.
 * Needs Debian's chromium (/usr/bin/chromium) and the npm package playwright-core.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const fail = (msg) => {
  console.error(`browser test: ${msg}`);
  process.exitCode = 1;
};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(resolve('site/index.html')).href);

  // Matrix: accelerator x toolkit, filtered to the 910B by its Chinese name.
  await page.selectOption('#rows', 'accelerator');
  await page.selectOption('#cols', 'toolkit');
  await page.fill('#q', '昇腾910B');
  const rows = await page.$$eval('#matrix td[data-col="cann"]', (tds) => tds.map((td) => [td.dataset.row, td.dataset.mark, td.querySelector('a')?.href ?? '']));
  if (rows.length !== 1 || rows[0][0] !== 'ascend-910b') fail(`filter for 昇腾910B left rows ${JSON.stringify(rows)}`);
  else if (rows[0][1] !== 'supported' || !rows[0][2].startsWith('https://')) fail(`910B x CANN cell is ${JSON.stringify(rows[0])}`);

  // Checker: a fitting stack, then a broken one.
  await page.fill('#stack', 'ascend-910b kunpeng-920 cann@8.5.0 torch_npu@2.9.0 torch@2.9.0 python@3.11');
  await page.click('#check');
  const fits = await page.textContent('#verdict');
  if (fits !== 'fits') fail(`expected fits, got ${fits}`);
  await page.fill('#stack', 'torch_npu@2.1.0.post10 torch@2.3.1');
  await page.click('#check');
  const conflict = await page.textContent('#verdict');
  const reason = await page.textContent('#result');
  if (conflict !== 'conflict' || !reason.includes('requires PyTorch 2.1.0')) fail(`expected a conflict naming PyTorch 2.1.0, got ${conflict}: ${reason}`);

  // Chinese.
  await page.click('#lang');
  const title = await page.textContent('h1');
  if (!title.includes('配套')) fail(`zh title is ${title}`);
  await page.click('#lang');
  await page.fill('#stack', 'ascend-910b kunpeng-920 cann@8.5.0 torch_npu@2.9.0 torch@2.9.0 python@3.11');
  await page.click('#check');

  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/site.png', fullPage: true });
  if (!process.exitCode) console.log('browser test: 910B x CANN cell ✓ with source, check fits / conflict, zh toggle; screenshot test-results/site.png');
} finally {
  await browser.close();
}
