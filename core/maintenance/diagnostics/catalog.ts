import { detail, type Diagnostic, text } from "./types";

/** The service catalog this kiosk offers: its version and how many services and queue departments. */
export const catalogDiagnostic: Diagnostic = {
  id: "catalog",
  label: text("服务事项目录", "service catalog"),
  hint: text("查看事项目录的版本和数量", "shows the catalog's version and counts"),
  async run({ settings, sync }) {
    const catalog = settings.catalog();
    const services = catalog.services().length;
    const catalogState = sync.status().catalogState;
    const refused = catalogState !== null && catalogState !== "ok";
    return Promise.resolve({
      verdict: services === 0 ? "fail" : refused ? "warn" : "ok",
      summary:
        services === 0
          ? text("本机没有可办的事项：请检查站点配置", "this kiosk offers no services: check the site config")
          : refused
            ? text(`最新目录被拒绝：${catalogState}`, `the latest catalog was refused: ${catalogState}`)
            : text(
                `目录 ${catalog.version}，${services} 个事项`,
                `catalog ${catalog.version}, ${services} services`,
              ),
      details: [
        detail("目录版本", "catalog version", catalog.version),
        detail("可办事项", "services offered", services),
        detail("取号部门", "queue departments", catalog.departments().length),
        detail("最近更新结果", "last pull", catalogState ?? "尚未 not yet"),
      ],
      lines: [],
    });
  },
};
