// ESM: check a stack and print why.
import { check, loadMatrix } from 'stackfit';

const result = check(loadMatrix(), ['torch_npu@2.1.0.post10', 'torch@2.3.1', 'python@3.10']);
console.log(result.verdict);
for (const issue of result.issues) console.log(`${issue.code}: ${issue.message}`);
