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

  // A cell that cannot apply (CANN's list names Ascend NPUs only) is marked apart from "no evidence".
  await page.fill('#q', 'MLU370');
  const closed = await page.$eval('#matrix td[data-col="cann"]', (td) => td.dataset.mark).catch(() => 'missing');
  if (closed !== 'closed') fail(`MLU370 x CANN cell is ${closed}, expected closed`);
  await page.fill('#q', '');

  // Checker: a fitting stack, then a broken one with its fixes and linked sources.
  await page.fill('#stack', 'ascend-910b kunpeng-920 cann@8.5.0 torch_npu@2.9.0 torch@2.9.0 python@3.11');
  await page.click('#check');
  const fits = await page.getAttribute('#verdict', 'data-verdict');
  if (fits !== 'fits') fail(`expected fits, got ${fits}`);
  await page.fill('#stack', 'ascend-910b kunpeng-920 cann@8.0.0 torch_npu@2.1.0.post10 torch@2.3.1 python@3.10');
  await page.click('#check');
  const conflict = await page.getAttribute('#verdict', 'data-verdict');
  const reason = await page.textContent('#result');
  const links = await page.$$eval('#result a', (as) => as.map((a) => a.href));
  const fixes = await page.$$eval('#fixes li', (lis) => lis.map((li) => li.textContent));
  if (conflict !== 'conflict' || !reason.includes('requires PyTorch 2.1.0')) fail(`expected a conflict naming PyTorch 2.1.0, got ${conflict}: ${reason}`);
  if (!links.some((h) => h.startsWith('https://github.com/Ascend/pytorch/'))) fail(`sources are not links: ${JSON.stringify(links.slice(0, 3))}`);
  if (!fixes.length || !fixes[0].includes('→') || fixes.some((f) => f.includes('ascend-910b') || f.includes('kunpeng-920'))) fail(`fixes: ${JSON.stringify(fixes)}`);

  // Solve box: a fitting stack for 910B on Kunpeng with vLLM.
  await page.fill('#partial', 'ascend-910b kunpeng-920 vllm');
  await page.click('#solve');
  const stacks = await page.$$eval('#stacks li', (lis) => lis.map((li) => li.textContent));
  if (!stacks[0]?.includes('vllm-ascend@')) fail(`solve box: ${JSON.stringify(stacks)}`);

  // Chinese mode: title, verdict, menus, fixes and the legend in Chinese.
  await page.click('#lang');
  const title = await page.textContent('h1');
  const zhVerdict = await page.textContent('#verdict');
  const zhLayer = await page.$eval('#rows option[value="accelerator"]', (o) => o.textContent);
  const zhLegend = await page.textContent('#legend');
  const zhFixes = await page.textContent('#l-fixes');
  const zhReason = await page.textContent('#result');
  if (!title.includes('配套')) fail(`zh title is ${title}`);
  if (zhVerdict !== '冲突') fail(`zh verdict is ${zhVerdict}`);
  if (zhLayer !== '加速卡') fail(`zh layer menu is ${zhLayer}`);
  if (!zhLegend.includes('没有证据') || !zhFixes.includes('最小修改')) fail(`zh legend/fixes: ${zhLegend} / ${zhFixes}`);
  if (!zhReason.includes('而你给出的是')) fail(`zh reason: ${zhReason.slice(0, 200)}`);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/site-zh.png', fullPage: true });
  await page.click('#lang');

  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/site.png', fullPage: true });
  if (!process.exitCode) console.log('browser test: 910B x CANN ✓ with source, MLU370 x CANN cannot apply, check fits / conflict with linked sources and fixes, solve box, Chinese mode; screenshots test-results/site.png, site-zh.png');
} finally {
  await browser.close();
}
