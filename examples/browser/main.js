// Browser: bundle with any bundler; the main entry needs no Node built-ins.
import { check, loadMatrix } from 'stackfit';

const matrix = loadMatrix();
export function verdictOf(text) {
  return check(matrix, text.split(/\s+/).filter(Boolean)).verdict;
}
const out = typeof document !== 'undefined' ? document.querySelector('#out') : undefined;
const input = typeof document !== 'undefined' ? document.querySelector('#stack') : undefined;
if (out && input) {
  const show = () => {
    try {
      out.textContent = verdictOf(input.value);
    } catch (e) {
      out.textContent = e.message;
    }
  };
  input.addEventListener('input', show);
  show();
} else {
  globalThis.result = verdictOf('opengauss@5.0.0 kylin@V10 kunpeng-920');
}
