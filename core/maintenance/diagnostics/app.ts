import { detail, type Diagnostic, text } from "./types";

/** The app itself: versions, shell, uptime. Restarting it is a menu action beside this. */
export const appDiagnostic: Diagnostic = {
  id: "app",
  label: text("程序", "app"),
  hint: text("查看程序版本和运行时间，可重启程序", "shows the app's version and uptime; can restart it"),
  async run({ appVersion, shell, startedAt, now, settings }) {
    const minutes = Math.floor((now().getTime() - Date.parse(startedAt)) / 60_000);
    return Promise.resolve({
      verdict: "ok",
      summary: text(`程序 ${appVersion} 运行正常`, `app ${appVersion} running`),
      details: [
        detail("程序版本", "app version", appVersion),
        detail("外壳", "shell", shell === "web" ? "网页外壳 web shell" : "Electron"),
        detail("启动时间", "started at", startedAt),
        detail("已运行", "uptime", `${Math.floor(minutes / 60)} 小时 h ${minutes % 60} 分 min`),
        detail("配置版本", "config version", settings.version()),
        detail("Node.js", "Node.js", process.versions.node),
      ],
      lines: [],
    });
  },
};
