import type { DiagnosticId, DiagnosticInfo, DiagnosticResult } from "../../api";
import { appDiagnostic } from "./app";
import { catalogDiagnostic } from "./catalog";
import { configDiagnostic } from "./config";
import { devicesDiagnostic } from "./devices";
import { errorsDiagnostic } from "./errors";
import { networkDiagnostic } from "./network";
import { outboxDiagnostic } from "./outbox";
import { printerDiagnostic } from "./printer";
import { readerDiagnostic } from "./reader";
import { systemDiagnostic } from "./system";
import { text, type Diagnostic, type DiagnosticParts } from "./types";

export type { DiagnosticParts } from "./types";

/**
 * The registry: every diagnostic once, in the menu's order. To add one, write its file here
 * (an id, labels, a one-tap test returning ok/warn/fail) and add it to DiagnosticId and this list.
 */
const registry: readonly Diagnostic[] = [
  readerDiagnostic,
  printerDiagnostic,
  devicesDiagnostic,
  networkDiagnostic,
  outboxDiagnostic,
  configDiagnostic,
  catalogDiagnostic,
  systemDiagnostic,
  errorsDiagnostic,
  appDiagnostic,
];

export function listDiagnostics(): DiagnosticInfo[] {
  return registry.map(({ id, label, hint }) => ({ id, label, hint }));
}

/** Runs one diagnostic; a test that throws is a "fail" with its reason, never a crash of the menu. */
export async function runDiagnostic(id: DiagnosticId, parts: DiagnosticParts): Promise<DiagnosticResult> {
  const at = parts.now().toISOString();
  const diagnostic = registry.find((d) => d.id === id);
  if (diagnostic === undefined) {
    return {
      id,
      verdict: "fail",
      summary: text("没有这项检测", "no such diagnostic"),
      details: [],
      lines: [],
      at,
    };
  }
  try {
    return { id, at, ...(await diagnostic.run(parts)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      id,
      verdict: "fail",
      summary: text(`检测出错：${why}`, `the test itself failed: ${why}`),
      details: [],
      lines: [],
      at,
    };
  }
}
