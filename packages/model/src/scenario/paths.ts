/** Issue paths as users read them: `applications[3].servedBy.platform`, `platforms[0].throughput["gpt-oss"]`. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}
