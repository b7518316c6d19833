import type { KioskStatus } from "../../../core/api";

/**
 * Whether the receipt printer can print now. Unknown (no status yet) counts as ready: the print
 * page reports a real failure, and a kiosk should not hide its printer on a guess.
 */
export function printerReady(status: KioskStatus | null): boolean {
  if (status === null) return true;
  const printer = status.devices.printer;
  return printer.state === "online" && printer.paper !== "out" && printer.coverOpen !== true;
}
