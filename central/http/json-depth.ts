/**
 * Whether a parsed JSON value nests deeper than `max` (a scalar is depth 0, `[]` or `{}` depth 1).
 *
 * Why iterative: the point is to refuse values so deep that recursive code (JSON.stringify,
 * canonical JSON, validators) would overflow the stack, so this check must not recurse itself.
 */
export function jsonDepthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, depth] = next;
    if (typeof v !== "object" || v === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
