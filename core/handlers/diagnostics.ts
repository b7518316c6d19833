import { KioskCallError, type DiagnosticId, type DiagnosticResult } from "../api";
import type { DeviceChoices } from "../maintenance/device-choice";
import { type DiagnosticParts, listDiagnostics, runDiagnostic } from "../maintenance/diagnostics";
import type { MaintenanceGate } from "../maintenance/gate";
import { buildSupportPacket, uploadSupportPacket } from "../maintenance/support-packet";
import type { KioskHandlers } from "../rpc";
import type { CentralClient } from "../sync/central-client";

/**
 * The maintenance menu's diagnostics, device ports and support packet: every call needs the
 * technician token (the same gate as the rest of the menu) and is written to the audit trail.
 */
export function diagnosticHandlers(
  gate: MaintenanceGate,
  parts: {
    diagnostics: DiagnosticParts;
    devices: DeviceChoices;
    centralClient: () => Promise<CentralClient>;
    audit: (code: string, detail?: Record<string, unknown>) => void;
  },
): Pick<
  KioskHandlers,
  "listDiagnostics" | "runDiagnostic" | "getDeviceSettings" | "setDeviceSettings" | "sendSupportPacket"
> {
  const requireToken = (token: string): void => {
    if (!gate.check(token)) throw new KioskCallError("failed", "maintenance menu is locked");
  };
  // The latest verdict of each diagnostic, for the support packet.
  const latest = new Map<DiagnosticId, DiagnosticResult>();
  return {
    listDiagnostics: ({ token }) => {
      requireToken(token);
      return { diagnostics: listDiagnostics() };
    },
    runDiagnostic: async ({ token, id }) => {
      requireToken(token);
      const result = await runDiagnostic(id, parts.diagnostics);
      latest.set(id, result);
      parts.audit("diagnostic", { id, verdict: result.verdict });
      return result;
    },
    getDeviceSettings: async ({ token }) => {
      requireToken(token);
      return { ...parts.devices.current(), ports: await parts.diagnostics.listPorts() };
    },
    setDeviceSettings: async ({ token, device, port, baudRate }) => {
      requireToken(token);
      return parts.devices.choose(device, port, baudRate);
    },
    sendSupportPacket: async ({ token, note }) => {
      requireToken(token);
      const packet = buildSupportPacket(parts.diagnostics, [...latest.values()], note);
      let client: CentralClient;
      try {
        client = await parts.centralClient();
      } catch {
        parts.audit("support-packet", { ok: false, why: "not enrolled" });
        return {
          ok: false,
          message: {
            "zh-CN": "本机还没有登记到中心服务，不能上传支持包",
            en: "this kiosk is not enrolled with a central service yet",
          },
        };
      }
      const result = await uploadSupportPacket(client, packet);
      parts.audit("support-packet", { ok: result.ok, ...(result.ok ? { id: result.id } : {}) });
      return result;
    },
  };
}
