import { detail, type Diagnostic, text } from "./types";

const STATUS_ZH: Record<string, string> = {
  received: "已收到",
  applied: "应用中",
  committed: "在用/可回退",
  "rolled-back": "已回退",
  rejected: "已拒绝",
};

/** The fleet config in force, its history, and the local device layer; roll back is a menu action. */
export const configDiagnostic: Diagnostic = {
  id: "config",
  label: text("配置", "configuration"),
  hint: text(
    "查看配置版本和历史，可回退一步",
    "shows the config version and history; can roll back one step",
  ),
  async run({ settings, configState, configHistory, localLayer }) {
    const state = configState();
    const history = configHistory();
    const layer = localLayer();
    const bad = state !== undefined && state !== "ok";
    return Promise.resolve({
      verdict: bad ? "warn" : "ok",
      summary: bad
        ? text(`配置状态：${state}（看下面的历史）`, `config state: ${state} (see the history below)`)
        : text(`在用配置第 ${settings.version()} 版`, `config version ${settings.version()} in force`),
      details: [
        detail(
          "在用版本",
          "version in force",
          settings.version() === 0 ? "0（内置默认 built-in）" : settings.version(),
        ),
        detail("站点", "site", settings.config().site),
        detail("终端名称", "kiosk name", settings.config().kioskName),
        detail(
          "本机端口设置",
          "local device layer",
          Object.keys(layer).length === 0 ? "无 none" : JSON.stringify(layer),
        ),
      ],
      lines: history.map(
        (row) =>
          `v${row.version}  ${STATUS_ZH[row.status] ?? row.status} ${row.status}  ${row.applied_at ?? row.received_at}${row.detail ? `  ${row.detail}` : ""}`,
      ),
    });
  },
};
