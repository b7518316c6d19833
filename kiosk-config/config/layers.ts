/**
 * Config layers: global → district → site → kiosk, the most specific winning key by key.
 *
 * Why layers are merged raw and parsed once: a layer that sets only `idle.warnSeconds` must not
 * carry the schema's defaults for the other idle timers over a lower layer that set them. Each
 * layer is still checked alone against the schema (so a bad key is refused when it is
 * published, not when some kiosk merges it), and the merge is checked again.
 */
import * as z from "zod";
import { KioskConfig } from "./schema";

export const LayerScope = z.enum(["global", "district", "site", "kiosk"]);
export type LayerScope = z.infer<typeof LayerScope>;

/** Scopes from least to most specific: the order layers merge in. */
export const SCOPE_ORDER: readonly LayerScope[] = ["global", "district", "site", "kiosk"];

/** A layer's body: any subset of KioskConfig's keys, nested objects partially. */
export type LayerBody = Record<string, unknown>;

export interface NamedLayer {
  /** e.g. "global v3", "site:fz-citizen-centre v12": shown to technicians as a value's source. */
  readonly label: string;
  readonly body: LayerBody;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks one layer against the schema; returns the problems in plain words, or [] when fine. */
export function layerProblems(body: unknown): string[] {
  if (!isPlainObject(body)) return ["a config layer is a JSON object"];
  const result = KioskConfig.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join(".") || "(layer)"}: ${i.message}`);
}

/** Deep-merges `over` onto `under`: objects key by key, anything else (arrays, null) replaced. */
function mergeInto(
  under: Record<string, unknown>,
  over: Record<string, unknown>,
  label: string,
  sources: Map<string, string>,
  prefix: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const below = out[key];
    if (isPlainObject(value) && isPlainObject(below)) {
      out[key] = mergeInto(below, value, label, sources, path);
    } else {
      // A replaced subtree forgets where its old leaves came from.
      for (const p of [...sources.keys()]) if (p.startsWith(`${path}.`)) sources.delete(p);
      out[key] = value;
      if (isPlainObject(value)) markLeaves(value, label, sources, path);
      else sources.set(path, label);
    }
  }
  return out;
}

function markLeaves(
  obj: Record<string, unknown>,
  label: string,
  sources: Map<string, string>,
  prefix: string,
) {
  for (const [key, value] of Object.entries(obj)) {
    const path = `${prefix}.${key}`;
    if (isPlainObject(value)) markLeaves(value, label, sources, path);
    else sources.set(path, label);
  }
}

export interface MergedLayers {
  /** The merged raw layers: what the signed bundle carries as `config`. */
  readonly body: LayerBody;
  /** Which layer set each value, by dotted path; a path not listed is the built-in default. */
  readonly sources: Record<string, string>;
}

/** Merges layers given least specific first. */
export function mergeLayers(layers: readonly NamedLayer[]): MergedLayers {
  let body: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  for (const layer of layers) body = mergeInto(body, layer.body, layer.label, sources, "");
  return { body, sources: Object.fromEntries(sources) };
}

/** Where the value at `path` came from: the nearest listed ancestor or itself, else "default". */
export function sourceOf(sources: Readonly<Record<string, string>>, path: string): string {
  for (let p = path; p !== ""; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const label = sources[p];
    if (label !== undefined) return label;
  }
  return "default";
}
