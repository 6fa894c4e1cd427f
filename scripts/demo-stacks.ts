/** The stacks the demo walks through, also part of the verdict-diff corpus. */
export const DEMO_STACKS: readonly (readonly string[])[] = [
  ['ascend-910b', 'kunpeng-920', 'cann@8.5.0', 'torch_npu@2.9.0', 'torch@2.9.0', 'python@3.11'],
  ['ascend-910b', 'kunpeng-920', 'cann@8.5.0', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11'],
  ['opengauss@5.0.0', 'kylin@V10', 'kunpeng-920'],
  ['ascend-910b', 'cann@8.5.0', 'torch_npu@2.9.0', 'torch@2.9.0', 'python@3.11', 'ubuntu@22.04'],
];
