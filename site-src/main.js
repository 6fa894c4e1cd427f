// The static stackfit page: coverage matrix with search, filters and a legend; a stack checker
// that runs the real engine in the page and lists fixes for a conflict; a solve box. English and
// Chinese throughout. Bundled into site/index.html by scripts/build-site.mjs.
import { check, coverage, fix, loadMatrix, solve } from 'stackfit';

const m = loadMatrix();
const $ = (sel) => document.querySelector(sel);
const MARK = { supported: '✓', conflict: '✗', unknown: '?', closed: '–' };
const EVIDENCE = ['certified', 'vendor', 'tested', 'inferred'];
const LAYERS = ['accelerator', 'cpu', 'driver', 'toolkit', 'framework', 'framework/adapter', 'framework/engine', 'os', 'database'];
const ARCHES = ['aarch64', 'x86_64', 'loongarch64', 'mips64el', 'sw_64'];
const T = {
  en: {
    title: 'stackfit: does this domestic compute stack fit together?',
    search: 'Search', rows: 'Rows', cols: 'Columns', vendor: 'Vendor', arch: 'Architecture', evidence: 'Evidence at least', any: 'any',
    check: 'Check', stack: 'Stack', verdict: 'Verdict', lang: '中文', none: 'No products match.',
    fixes: 'Smallest changes that make it fit (hardware kept):', nofix: 'No fix found.', partial: 'Partial stack', solve: 'Solve', nosolve: 'No stack fits.', why: 'Why',
    verdicts: { fits: 'fits', conflict: 'conflict', unknown: 'unknown' },
    layers: Object.fromEntries(LAYERS.map((l) => [l, l])),
    evidenceNames: Object.fromEntries(EVIDENCE.map((e) => [e, e])),
    legend: { supported: 'some pair of releases is known to work', conflict: 'known conflict', closed: 'cannot apply: a closed list names other vendors\' products only', unknown: 'no evidence (a data pull request waiting to be written)' },
    sources: 'sources',
  },
  zh: {
    title: 'stackfit：这套国产算力栈能配套吗？',
    search: '搜索', rows: '行', cols: '列', vendor: '厂商', arch: '架构', evidence: '证据至少为', any: '全部',
    check: '检查', stack: '技术栈', verdict: '结论', lang: 'English', none: '没有匹配的产品。',
    fixes: '使其配套的最小修改（硬件不变）：', nofix: '未找到可行的修改。', partial: '部分技术栈', solve: '补全', nosolve: '没有可配套的栈。', why: '原因',
    verdicts: { fits: '配套', conflict: '冲突', unknown: '未知' },
    layers: { accelerator: '加速卡', cpu: '处理器', driver: '驱动', toolkit: '软件栈', framework: '框架', 'framework/adapter': '适配插件', 'framework/engine': '推理引擎', os: '操作系统', database: '数据库' },
    evidenceNames: { certified: '认证', vendor: '厂商', tested: '实测', inferred: '推断' },
    legend: { supported: '已知某对版本配套', conflict: '已知冲突', closed: '不适用：一方的封闭支持列表只含其他厂商的产品', unknown: '没有证据（等待补充数据）' },
    sources: '来源',
  },
};
let lang = 'en';
const t = () => T[lang];
const name = (p) => (lang === 'zh' ? p.name.zh : p.name.en);
const items = (text) => text.match(/[^\s"']+(?:["'][^"']*["'])?|["'][^"']*["']/g)?.map((s) => s.replace(/["']/g, '')) ?? [];
const quote = (item) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(item) ? item : `'${item}'`);

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

/** A sentence with the sources behind it as links. */
function withSources(li, text, sources) {
  li.append(text);
  for (const [n, url] of (sources ?? []).slice(0, 3).entries()) {
    li.append(' ');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = `[${n + 1}]`;
    a.title = url;
    li.append(a);
  }
}

function renderLegend() {
  const el = $('#legend');
  el.innerHTML = '';
  for (const k of ['supported', 'conflict', 'closed', 'unknown']) {
    const span = document.createElement('span');
    span.className = k;
    span.textContent = `${MARK[k]} ${t().legend[k]}`;
    el.append(span);
  }
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
    table.innerHTML = `<tr><td>${t().none}</td></tr>`;
    return;
  }
  const head = document.createElement('tr');
  head.append(document.createElement('th'));
  for (const [p] of colIdx) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name(p);
    th.title = p.id;
    head.append(th);
  }
  table.append(head);
  for (const [p, i] of rowIdx) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = name(p);
    th.title = p.id;
    tr.append(th);
    for (const [col, j] of colIdx) {
      const cell = c.cells[i][j];
      const td = document.createElement('td');
      td.dataset.row = p.id;
      td.dataset.col = col.id;
      const weak = minEvidence && cell.evidence && EVIDENCE.indexOf(cell.evidence) > EVIDENCE.indexOf(minEvidence);
      const mark = weak ? 'unknown' : cell.closed ? 'closed' : cell.mark;
      td.className = mark;
      td.dataset.mark = mark;
      if (cell.sources[0] && !weak) {
        const a = document.createElement('a');
        a.href = cell.sources[0];
        a.textContent = MARK[mark];
        a.title = `${t().evidenceNames[cell.evidence] ?? cell.evidence}${cell.example ? ` (${cell.example.join(' + ')})` : ''}: ${cell.sources[0]}`;
        td.append(a);
      } else td.textContent = MARK[mark];
      tr.append(td);
    }
    table.append(tr);
  }
}

function renderCheck() {
  const out = $('#result');
  const fixes = $('#fixes');
  out.innerHTML = '';
  fixes.innerHTML = '';
  $('#l-fixes').hidden = true;
  try {
    const stack = items($('#stack').value);
    const r = check(m, stack, { lang });
    $('#verdict').textContent = t().verdicts[r.verdict];
    $('#verdict').className = r.verdict;
    $('#verdict').dataset.verdict = r.verdict;
    for (const p of r.pairs) {
      const li = document.createElement('li');
      li.className = p.status;
      withSources(li, `${MARK[p.status]} ${p.a} + ${p.b}${p.via ? ` (via ${p.via})` : ''}: ${p.reason}`, p.sources);
      out.append(li);
    }
    const stated = new Set(r.pairs.map((p) => p.params));
    for (const i of r.issues.filter((x) => !stated.has(x.params))) {
      const li = document.createElement('li');
      withSources(li, `${i.code}: ${i.message}`, i.sources);
      out.append(li);
    }
    if (r.verdict === 'conflict') {
      const hardware = r.components.filter((c) => c.kind === 'accelerator' || c.kind === 'cpu').map((c) => c.id);
      const found = fix(m, stack, { lang, pin: hardware });
      $('#l-fixes').hidden = false;
      $('#l-fixes').textContent = t().fixes;
      for (const f of found.fixes) {
        const li = document.createElement('li');
        li.textContent = f.changes.map((c) => `${c.id} ${c.from ?? '-'} → ${c.to ?? '-'}`).join(lang === 'zh' ? '，' : ', ');
        fixes.append(li);
      }
      if (!found.fixes.length) {
        const li = document.createElement('li');
        li.textContent = t().nofix;
        fixes.append(li);
      }
    }
  } catch (e) {
    $('#verdict').textContent = e.message;
    $('#verdict').className = 'error';
    $('#verdict').dataset.verdict = 'error';
  }
}

function renderSolve() {
  const out = $('#stacks');
  const why = $('#why');
  out.innerHTML = '';
  why.innerHTML = '';
  try {
    const r = solve(m, items($('#partial').value), { lang, limit: 3 });
    for (const s of r.stacks) {
      const li = document.createElement('li');
      li.className = s.verdict;
      li.textContent = `[${t().verdicts[s.verdict]}] ${s.items.map(quote).join(' ')}`;
      out.append(li);
    }
    if (r.explanation) {
      for (const step of r.explanation.steps) {
        const li = document.createElement('li');
        withSources(li, step.message, step.sources);
        why.append(li);
      }
    }
    if (!r.stacks.length) out.innerHTML = `<li>${t().nosolve}</li>`;
  } catch (e) {
    out.innerHTML = '';
    const li = document.createElement('li');
    li.className = 'error';
    li.textContent = e.message;
    out.append(li);
  }
}

function renderText() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  $('h1').textContent = t().title;
  for (const [id, key] of [['#l-q', 'search'], ['#l-rows', 'rows'], ['#l-cols', 'cols'], ['#l-vendor', 'vendor'], ['#l-arch', 'arch'], ['#l-evidence', 'evidence'], ['#l-stack', 'stack'], ['#l-verdict', 'verdict'], ['#l-partial', 'partial']]) $(id).textContent = t()[key];
  $('#check').textContent = t().check;
  $('#solve').textContent = t().solve;
  $('#lang').textContent = t().lang;
  options('#rows', LAYERS, LAYERS.map((l) => t().layers[l]));
  options('#cols', LAYERS, LAYERS.map((l) => t().layers[l]));
  const vendors = [...new Set(m.products.map((p) => p.vendor))].sort();
  options('#vendor', ['', ...vendors], [t().any, ...vendors.map((v) => (lang === 'zh' ? m.vendor(v)?.name.zh : m.vendor(v)?.name.en) ?? v)]);
  options('#arch', ['', ...ARCHES], [t().any, ...ARCHES]);
  options('#evidence', ['', ...EVIDENCE], [t().any, ...EVIDENCE.map((e) => t().evidenceNames[e])]);
  renderLegend();
}

function init() {
  renderText();
  $('#rows').value = 'accelerator';
  $('#cols').value = 'toolkit';
  for (const id of ['#q', '#rows', '#cols', '#vendor', '#arch', '#evidence']) $(id).addEventListener('input', renderMatrix);
  $('#check').addEventListener('click', renderCheck);
  $('#stack').addEventListener('keydown', (e) => e.key === 'Enter' && renderCheck());
  $('#solve').addEventListener('click', renderSolve);
  $('#partial').addEventListener('keydown', (e) => e.key === 'Enter' && renderSolve());
  $('#lang').addEventListener('click', () => {
    lang = lang === 'en' ? 'zh' : 'en';
    renderText();
    renderMatrix();
    renderCheck();
    renderSolve();
  });
  renderMatrix();
  renderCheck();
  renderSolve();
}
init();
