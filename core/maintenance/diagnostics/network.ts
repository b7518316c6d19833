import { networkInterfaces } from "node:os";
import { ROUTES } from "../../../central/protocol";
import { detail, type Diagnostic, text } from "./types";

const SLOW_MS = 1000;
const TIMEOUT_MS = 5000;

/** This machine's network addresses (not loopback), for the technician to compare with the site's plan. */
function addresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal)
    .map((a) => a?.address ?? "");
}

/** Reaches the central service's health route and times the answer. */
export const networkDiagnostic: Diagnostic = {
  id: "network",
  label: text("网络和中心服务", "network and central service"),
  hint: text("连一次中心服务，测量响应时间", "reaches the central service once and times it"),
  async run({ central, sync, now }) {
    const url = central.url();
    const local = addresses();
    const details = [
      detail("中心服务", "central service", url === "" ? "正在启动 starting" : url),
      detail("方式", "mode", central.mode === "embedded" ? "本机内置 embedded" : "远程 remote"),
      detail("本机地址", "addresses", local.length === 0 ? "无 none" : local.join(", ")),
      detail("上次联系", "last contact", sync.status().lastContact ?? "从未 never"),
    ];
    if (url === "") {
      return {
        verdict: "warn",
        summary: text(
          "中心服务还在启动，请稍后再检测",
          "the central service is still starting; test again shortly",
        ),
        details,
        lines: [],
      };
    }
    const started = now().getTime();
    try {
      const response = await fetch(new URL(ROUTES.healthz, url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
      await response.arrayBuffer();
      const ms = Math.max(0, now().getTime() - started);
      details.push(
        detail("响应时间", "latency", `${ms} ms`),
        detail("HTTP 状态", "HTTP status", response.status),
      );
      if (!response.ok) {
        return {
          verdict: "fail",
          summary: text(
            `中心服务回答了错误（${response.status}）`,
            `the central service answered ${response.status}`,
          ),
          details,
          lines: [],
        };
      }
      return {
        verdict: ms > SLOW_MS ? "warn" : "ok",
        summary:
          ms > SLOW_MS
            ? text(`能连上中心服务，但很慢（${ms} 毫秒）`, `central reachable but slow (${ms} ms)`)
            : text(`能连上中心服务（${ms} 毫秒）`, `central reachable (${ms} ms)`),
        details,
        lines: [],
      };
    } catch (error) {
      const why =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      return {
        verdict: "fail",
        summary: text(
          "连不上中心服务：请检查网线、Wi-Fi 或防火墙",
          "cannot reach the central service: check cable, Wi-Fi or firewall",
        ),
        details,
        lines: [why],
      };
    }
  },
};
