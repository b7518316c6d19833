import type { WireCommand } from "./wire-decoder";

const DOTS_PER_MM = 8; // 203 dpi
const LINE_DOTS = 30; // 24-dot font A plus the default spacing

/** How much paper a command moves, in mm: what slow printing takes time for and what runs out. */
export function paperMovedMm(command: WireCommand): number {
  if (command.kind === "line-feed") return LINE_DOTS / DOTS_PER_MM;
  if (command.kind === "feed-lines") return (command.lines * LINE_DOTS) / DOTS_PER_MM;
  if (command.kind === "qr-print") return 200 / DOTS_PER_MM;
  if (command.kind === "barcode") return 100 / DOTS_PER_MM;
  if (command.kind === "raster") return command.rows / DOTS_PER_MM;
  if (command.kind === "cut") return 15; // feed to the cutter, about 15 mm past the head
  return 0;
}

/** Lines printed, for "paper runs out after n lines". A cut is not a line. */
export function usesPaperLine(command: WireCommand): boolean {
  return paperMovedMm(command) > 0 && command.kind !== "cut";
}
