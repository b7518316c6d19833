import * as z from "zod";

/**
 * A config layer's name: "global", "district:<name>", "site:<id>" or "kiosk:<id>". The same
 * names say which kiosks a rollout of an app version reaches.
 */
export const LayerName = z
  .string()
  .max(120)
  .regex(
    /^(global|(district|site|kiosk):[^\s:][^:]{0,99})$/u,
    'a layer: "global", "district:…", "site:…" or "kiosk:…"',
  );
export type LayerName = z.infer<typeof LayerName>;

/** Where a kiosk sits: what decides which layers reach it. */
export interface Placement {
  id: string;
  site: string | null;
  district: string | null;
}

/** The layers that reach a kiosk, least specific first (the order they merge in). */
export function layersOf(k: Placement): string[] {
  return [
    "global",
    ...(k.district === null ? [] : [`district:${k.district}`]),
    ...(k.site === null ? [] : [`site:${k.site}`]),
    `kiosk:${k.id}`,
  ];
}

export const reaches = (layer: string, k: Placement): boolean => layersOf(k).includes(layer);
