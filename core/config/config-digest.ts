import { createHash } from "node:crypto";
import { canonicalJson } from "../../central/protocol";
import type { KioskConfig } from "../../kiosk-config/config/schema";

/**
 * sha256 (hex) of the effective config's canonical JSON. The central computes the same over the
 * config it means the kiosk to run, so equal digests prove the kiosk runs exactly that.
 */
export const configDigest = (config: KioskConfig): string =>
  createHash("sha256").update(canonicalJson(config), "utf8").digest("hex");
