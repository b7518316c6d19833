/** A config layer's difference from another, leaf by leaf (dotted paths), for the editor. */
export interface Change {
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (isObject(value) && (prefix === "" || Object.keys(value).length > 0)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix === "" ? k : `${prefix}.${k}`, out);
  } else if (prefix !== "") {
    out.set(prefix, value);
  }
  return out;
}

export function diffLayers(before: unknown, after: unknown): Change[] {
  const a = leaves(before, "", new Map());
  const b = leaves(after, "", new Map());
  const changes: Change[] = [];
  for (const [path, value] of b) {
    if (!a.has(path)) changes.push({ path, kind: "added", after: value });
    else if (JSON.stringify(a.get(path)) !== JSON.stringify(value))
      changes.push({ path, kind: "changed", before: a.get(path), after: value });
  }
  for (const [path, value] of a) if (!b.has(path)) changes.push({ path, kind: "removed", before: value });
  return changes.sort((x, y) => x.path.localeCompare(y.path));
}
