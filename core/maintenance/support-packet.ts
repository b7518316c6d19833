import { createHash } from "node:crypto";
import {
  canonicalJson,
  SUPPORT_ROUTES,
  SupportPacketReceipt,
  type SupportPacket,
} from "../../central/protocol";
import type { DiagnosticResult, SupportPacketResult } from "../api";
import { maskIdNumbersIn } from "../privacy/mask";
import type { CentralClient } from "../sync/central-client";
import type { DiagnosticParts } from "./diagnostics";

const MAX_LINES = 200;
const MAX_LINE = 1000;

/**
 * The support packet: what a remote helper needs to see without visiting the kiosk, and nothing
 * about any resident (log lines are masked once more here; central masks them again).
 */
export function buildSupportPacket(
  parts: DiagnosticParts,
  diagnostics: readonly DiagnosticResult[],
  note: string | undefined,
): SupportPacket {
  const settings = parts.settings;
  const digest = createHash("sha256")
    .update(
      canonicalJson({ version: settings.version(), config: settings.config(), local: parts.localLayer() }),
    )
    .digest("hex");
  const reader = parts.reader.status();
  const printer = parts.printer.status();
  const mask = (text: string): string => maskIdNumbersIn(text).slice(0, MAX_LINE);
  return {
    createdAt: parts.now().toISOString(),
    ...(note === undefined || note.trim() === "" ? {} : { note: mask(note.trim()).slice(0, 500) }),
    versions: { app: parts.appVersion, config: settings.version(), catalog: settings.catalog().version },
    configDigest: digest,
    devices: {
      reader: {
        state: reader.state,
        port: reader.port,
        baud: parts.reader.baudRate,
        samId: parts.reader.samId(),
        lastError: reader.lastError === undefined ? null : mask(reader.lastError),
      },
      printer: {
        state: printer.state,
        port: printer.port,
        baud: parts.printer.baudRate,
        paper: printer.paper,
        coverOpen: printer.coverOpen,
        jobsPrinted: parts.printer.printedJobs,
        lastError: printer.lastError === undefined ? null : mask(printer.lastError),
      },
    },
    diagnostics: diagnostics.map((d) => ({ id: d.id, verdict: d.verdict, summary: mask(d.summary.en) })),
    logs: parts.recentLog().slice(-MAX_LINES).map(mask),
  };
}

/** Uploads the packet; the technician hears in plain words whether it arrived. */
export async function uploadSupportPacket(
  client: CentralClient,
  packet: SupportPacket,
): Promise<SupportPacketResult> {
  const reply = await client.exchange("POST", SUPPORT_ROUTES.supportPackets, SupportPacketReceipt, {
    body: packet,
  });
  if (reply.kind === "ok") {
    return {
      ok: true,
      id: reply.body.id,
      sizeBytes: reply.body.sizeBytes,
      message: {
        "zh-CN": `支持包已上传，编号 ${reply.body.id.slice(0, 8)}`,
        en: `support packet uploaded, number ${reply.body.id.slice(0, 8)}`,
      },
    };
  }
  const why =
    reply.kind === "reject" ? reply.reason.en : reply.kind === "retry" ? reply.error : "not modified";
  return {
    ok: false,
    message: {
      "zh-CN": "支持包没有传上去：中心服务连不上或拒绝了，请稍后再试",
      en: `the support packet was not uploaded: ${why}`,
    },
  };
}
