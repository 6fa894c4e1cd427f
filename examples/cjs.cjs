// CommonJS: complete a partial stack.
const { loadMatrix, solve } = require('stackfit');

const { stacks } = solve(loadMatrix(), ['ascend-910b', 'torch_npu', 'python@3.11'], { limit: 1 });
console.log(stacks[0] ? `${stacks[0].verdict}: ${stacks[0].items.join(' ')}` : 'no stack');
