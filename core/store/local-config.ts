import { LocalConfigLayer } from "../../kiosk-config/config/local-layer";
import type { ReadableDb, WritableDb } from "./handles";

/**
 * The newest saved local layer, or an empty one. A row that no longer passes the schema (written
 * by a newer version, or damaged) is skipped for the one before it, so a bad save never keeps a
 * device from opening on its environment setting.
 */
export function loadLocalLayer(db: ReadableDb): LocalConfigLayer {
  const rows = db.prepare("SELECT layer FROM local_config ORDER BY seq DESC LIMIT 20").all() as {
    layer: string;
  }[];
  for (const row of rows) {
    try {
      const parsed = LocalConfigLayer.safeParse(JSON.parse(row.layer));
      if (parsed.success) return parsed.data;
    } catch {
      // skip a damaged row
    }
  }
  return {};
}

/** Saves a new layer (already validated by the caller's schema parse); returns its sequence number. */
export function saveLocalLayer(db: WritableDb, layer: LocalConfigLayer, at: string): number {
  const checked = LocalConfigLayer.parse(layer);
  return Number(
    db.prepare("INSERT INTO local_config (layer, saved_at) VALUES (?, ?)").run(JSON.stringify(checked), at)
      .lastInsertRowid,
  );
}
