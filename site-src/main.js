// The static stackfit page: coverage matrix with search and filters, and a stack checker that
// runs the real engine in the page. Bundled into site/index.html by scripts/build-site.mjs.
import { check, coverage, loadMatrix } from 'stackfit';

const m = loadMatrix();
const $ = (sel) => document.querySelector(sel);
const MARK = { supported: '✓', conflict: '✗', unknown: '?' };
const EVIDENCE = ['certified', 'vendor', 'tested', 'inferred'];
const T = {
  en: { title: 'stackfit: does this domestic compute stack fit together?', search: 'Search', rows: 'Rows', cols: 'Columns', vendor: 'Vendor', arch: 'Architecture', evidence: 'Evidence at least', any: 'any', check: 'Check', stack: 'Stack', verdict: 'verdict', lang: '中文', none: 'No products match.' },
  zh: { title: 'stackfit：这套国产算力栈能配套吗？', search: '搜索', rows: '行', cols: '列', vendor: '厂商', arch: '架构', evidence: '证据至少为', any: '全部', check: '检查', stack: '技术栈', verdict: '结论', lang: 'English', none: '没有匹配的产品。' },
};
let lang = 'en';
const name = (p) => (lang === 'zh' ? p.name.zh : p.name.en);

function options(sel, values, labels = values) {
  const el = $(sel);
  const keep = el.value;
  el.innerHTML = '';
  values.forEach((v, i) => {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = labels[i];
    el.append(o);
  });
  if (values.includes(keep)) el.value = keep;
}

function renderMatrix() {
  const c = coverage(m, $('#rows').value, $('#cols').value);
  const q = $('#q').value.trim().toLowerCase();
  const vendor = $('#vendor').value;
  const arch = $('#arch').value;
  const minEvidence = $('#evidence').value;
  const keepRow = (p) =>
    (!q || [p.id, p.name.en, p.name.zh, ...(p.aliases ?? [])].some((s) => s.toLowerCase().includes(q))) &&
    (!vendor || p.vendor === vendor) &&
    (!arch || !p.arch || p.arch.includes(arch));
  const rowIdx = c.rows.map((p, i) => [p, i]).filter(([p]) => keepRow(p));
  const colIdx = c.columns.map((p, i) => [p, i]).filter(([p]) => !arch || !p.arch || p.arch.includes(arch));
  const table = $('#matrix');
  table.innerHTML = '';
  if (!rowIdx.length) {
    table.innerHTML = `<tr><td>${T[lang].none}</td></tr>`;
    return;
  }
  const head = document.createElement('tr');
  head.append(document.createElement('th'));
  for (const [p] of colIdx) {
    const th = document.createElement('th');
    th.textContent = name(p);
    th.title = p.id;
    head.append(th);
  }
  table.append(head);
  for (const [p, i] of rowIdx) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = name(p);
    th.title = p.id;
    tr.append(th);
    for (const [col, j] of colIdx) {
      const cell = c.cells[i][j];
      const td = document.createElement('td');
      td.dataset.row = p.id;
      td.dataset.col = col.id;
      const weak = minEvidence && cell.evidence && EVIDENCE.indexOf(cell.evidence) > EVIDENCE.indexOf(minEvidence);
      const mark = weak ? 'unknown' : cell.mark;
      td.className = mark;
      td.dataset.mark = mark;
      if (cell.sources[0] && !weak) {
        const a = document.createElement('a');
        a.href = cell.sources[0];
        a.textContent = MARK[mark];
        a.title = `${cell.evidence}: ${cell.sources[0]}`;
        td.append(a);
      } else td.textContent = MARK[mark];
      tr.append(td);
    }
    table.append(tr);
  }
}

function renderCheck() {
  const out = $('#result');
  out.innerHTML = '';
  try {
    const r = check(m, $('#stack').value.match(/[^\s"]+(?:"[^"]*")?|"[^"]*"/g)?.map((s) => s.replace(/"/g, '')) ?? [], { lang });
    $('#verdict').textContent = r.verdict;
    $('#verdict').className = r.verdict;
    for (const p of r.pairs) {
      const li = document.createElement('li');
      li.className = p.status;
      li.textContent = `${MARK[p.status]} ${p.a} + ${p.b}: ${p.reason}`;
      out.append(li);
    }
    for (const i of r.issues.filter((x) => !r.pairs.some((p) => p.reason === x.message))) {
      const li = document.createElement('li');
      li.textContent = `${i.code}: ${i.message}`;
      out.append(li);
    }
  } catch (e) {
    $('#verdict').textContent = e.message;
    $('#verdict').className = 'error';
  }
}

function renderText() {
  const t = T[lang];
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  $('h1').textContent = t.title;
  for (const [id, key] of [['#l-q', 'search'], ['#l-rows', 'rows'], ['#l-cols', 'cols'], ['#l-vendor', 'vendor'], ['#l-arch', 'arch'], ['#l-evidence', 'evidence'], ['#l-stack', 'stack'], ['#l-verdict', 'verdict']]) $(id).textContent = t[key];
  $('#check').textContent = t.check;
  $('#lang').textContent = t.lang;
  const layers = ['accelerator', 'cpu', 'driver', 'toolkit', 'framework', 'framework/adapter', 'os', 'database'];
  options('#rows', layers);
  options('#cols', layers);
  const vendors = [...new Set(m.products.map((p) => p.vendor))].sort();
  options('#vendor', ['', ...vendors], [t.any, ...vendors.map((v) => (lang === 'zh' ? m.vendor(v)?.name.zh : m.vendor(v)?.name.en) ?? v)]);
  options('#arch', ['', 'aarch64', 'x86_64', 'loongarch64', 'mips64el', 'sw_64'], [t.any, 'aarch64', 'x86_64', 'loongarch64', 'mips64el', 'sw_64']);
  options('#evidence', ['', ...EVIDENCE], [t.any, ...EVIDENCE]);
}

function init() {
  renderText();
  $('#rows').value = 'accelerator';
  $('#cols').value = 'toolkit';
  for (const id of ['#q', '#rows', '#cols', '#vendor', '#arch', '#evidence']) $(id).addEventListener('input', renderMatrix);
  $('#check').addEventListener('click', renderCheck);
  $('#stack').addEventListener('keydown', (e) => e.key === 'Enter' && renderCheck());
  $('#lang').addEventListener('click', () => {
    lang = lang === 'en' ? 'zh' : 'en';
    renderText();
    renderMatrix();
    renderCheck();
  });
  renderMatrix();
  renderCheck();
}
init();
