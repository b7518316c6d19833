import { detail, type Diagnostic, text, verdictOf } from "./types";

/** The queue of submissions waiting for central: depth, parked items (retried or discarded in the menu). */
export const outboxDiagnostic: Diagnostic = {
  id: "outbox",
  label: text("待发送的申请", "outbox"),
  hint: text("查看还没发到中心的申请", "shows submissions not yet sent to central"),
  async run({ sync }) {
    const status = sync.status();
    const parked = status.parked.length;
    const stuck = status.outboxDepth > 0 && !status.online;
    return Promise.resolve({
      verdict: verdictOf(false, parked > 0 || stuck),
      summary:
        parked > 0
          ? text(
              `有 ${parked} 条申请需要处理：重新发送或放弃`,
              `${parked} parked items need you: retry or discard them`,
            )
          : stuck
            ? text(
                `有 ${status.outboxDepth} 条申请在等网络`,
                `${status.outboxDepth} items wait for the network`,
              )
            : text("没有积压的申请", "nothing is held up"),
      details: [
        detail("待发送", "waiting", status.outboxDepth),
        detail("需处理", "parked", parked),
        detail("被拒绝", "rejected", status.rejected.length),
        detail("在线", "online", status.online ? "是 yes" : "否 no"),
        detail("最近错误", "last error", status.lastError ?? "—"),
      ],
      lines: status.parked.map((p) => `${p.at}  ${p.serviceId}  ${p.reason}（${p.attempts} 次 attempts）`),
    });
  },
};
