import { CardFactory, type SyntheticCard } from "../../drivers/sim/identities/cards";
import { FAULT_KINDS, isFaultKind } from "../../drivers/sim/reader/faults";
import type { CardType } from "../../kiosk-config/identity/card-types";
import { testPageDocument } from "../../drivers/printer/test-page";
import type { MaintenanceAction, MaintenanceResult } from "../api";
import { cutTestDocument } from "./cut-test";
import type { PrinterService } from "../devices/printer/printer-service";
import type { CardReaderService } from "../devices/reader/card-reader-service";
import type { SyncLink } from "../sync/sync-link";

/** What maintenance actions may touch. */
export interface MaintenanceParts {
  reader: CardReaderService;
  printer: PrinterService;
  sync: SyncLink;
  now: () => Date;
  /** The fleet config's one-step rollback (core/config/config-manager.ts). */
  rollBackConfig: () => { from: number; to: number } | null;
  /** Restarts the app; absent where the shell cannot (tests). */
  restartApp?: () => void;
}

const cards = new CardFactory();

/**
 * A synthetic card of someone 18 or older: the generator spans ages 2–80, and most services (the
 * newborn's parent, for one) need an adult applicant, so a technician's test card is an adult.
 */
function adultCard(cardType: CardType, now: Date): SyntheticCard {
  const latestBirth = `${String(now.getUTCFullYear() - 18)}${now.toISOString().slice(4, 10)}`;
  for (let tries = 0; tries < 100; tries++) {
    const card = cards.next(cardType);
    if (card.record.birthDate <= latestBirth) return card;
  }
  return cards.next(cardType);
}

type Handler<K extends MaintenanceAction["kind"]> = (
  parts: MaintenanceParts,
  action: Extract<MaintenanceAction, { kind: K }>,
) => Promise<MaintenanceResult> | MaintenanceResult;

const ok = (zh: string, en: string, details?: MaintenanceResult["details"]): MaintenanceResult => ({
  ok: true,
  message: { "zh-CN": zh, en },
  ...(details ? { details } : {}),
});
const fail = (zh: string, en: string): MaintenanceResult => ({ ok: false, message: { "zh-CN": zh, en } });
const noSimReader = fail("读卡器不是模拟设备", "the reader is real hardware, not the simulator");
const noSimPrinter = fail("打印机不是模拟设备", "the printer is real hardware, not the simulator");

/**
 * The maintenance menu's actions, one small entry each (after Excalidraw's actions and
 * Mattermost's diagnostics). Each returns a structured pass/fail with a message, so the result can
 * be shown on screen and reported the same way.
 */
const actions: { [K in MaintenanceAction["kind"]]: Handler<K> } = {
  "sync-now": async ({ sync }) => {
    const report = await sync.syncNow();
    const status = sync.status();
    return status.online
      ? ok(`已同步：发送 ${report.sent} 条`, `synced: ${report.sent} sent`, {
          sent: report.sent,
          rejected: report.rejected,
          depth: status.outboxDepth,
        })
      : fail(
          `中心服务不可达，待发送 ${status.outboxDepth} 条`,
          `central service unreachable; ${status.outboxDepth} waiting`,
        );
  },
  "test-print": async ({ printer, now }) => {
    const result = await printer.printDocument(
      testPageDocument(now(), printer.status().port),
      "test-page",
      "partial",
    );
    return result.ok ? ok("测试页已打印", "test page printed and confirmed") : fail(result.zh, result.en);
  },
  "printer-cut-test": async ({ printer, now }) => {
    const result = await printer.printDocument(cutTestDocument(now()), "cut-test", "full");
    return result.ok
      ? ok("已切纸：纸条应整齐切断", "cut done: the slip should come off cleanly", {
          jobs: printer.printedJobs,
        })
      : fail(`切纸测试失败：${result.zh}`, `cut test failed: ${result.en}`);
  },
  "config-rollback": ({ rollBackConfig }) => {
    const done = rollBackConfig();
    return done === null
      ? fail("已经是内置默认配置，不能再回退", "already on the built-in defaults; nothing to roll back to")
      : ok(
          `已从第 ${done.from} 版回退到第 ${done.to} 版`,
          `rolled back from version ${done.from} to ${done.to}`,
          { from: done.from, to: done.to },
        );
  },
  "restart-app": ({ restartApp }) => {
    if (restartApp === undefined)
      return fail("这个外壳不能从菜单重启", "this shell cannot restart from the menu");
    // After the reply has gone out: the page hears "restarting" before the connection drops.
    setTimeout(restartApp, 500);
    return ok("程序正在重启，约半分钟后恢复", "the app is restarting; back in about half a minute");
  },
  "sim-place-card": ({ reader, now }, { cardType, adult }) => {
    if (!reader.simulator) return noSimReader;
    const card = adult ? adultCard(cardType, now()) : cards.next(cardType);
    reader.simulator.placeCard(card);
    return ok("已放置模拟身份证", `simulated ${cardType} card placed`, { birthDate: card.record.birthDate });
  },
  "sim-remove-card": ({ reader }) => {
    if (!reader.simulator) return noSimReader;
    reader.simulator.removeCard();
    return ok("已移走模拟身份证", "simulated card removed");
  },
  "sim-reader-fault": ({ reader }, { fault }) => {
    if (!reader.simulator) return noSimReader;
    if (!isFaultKind(fault)) {
      const known = FAULT_KINDS.join(", ");
      return fail(
        `没有这种模拟故障：${fault}（可用：${known}）`,
        `no such simulated fault: ${fault} (one of ${known})`,
      );
    }
    reader.simulator.injectFault(fault);
    return ok(`已注入故障：${fault}`, `fault injected: ${fault}`);
  },
  "sim-paper": ({ printer }, { paper }) => {
    if (!printer.simulator) return noSimPrinter;
    printer.simulator.setPaper(paper);
    return ok(`纸张状态：${paper}`, `paper: ${paper}`);
  },
  "sim-cover": ({ printer }, { open }) => {
    if (!printer.simulator) return noSimPrinter;
    printer.simulator.setCoverOpen(open);
    return ok(open ? "已打开上盖" : "已合上上盖", open ? "cover opened" : "cover closed");
  },
  "outbox-retry": ({ sync }, { id }) =>
    sync.retryParked(id)
      ? ok("已重新排队发送", "queued again and sending now")
      : fail("没有这条待处理的申请", "no parked item with that id"),
  "outbox-discard": ({ sync }, { id }) =>
    sync.discardParked(id)
      ? ok("已放弃这条申请，数据已清除", "discarded; its data is erased")
      : fail("没有这条待处理的申请", "no parked item with that id"),
};

export function runAction(parts: MaintenanceParts, action: MaintenanceAction): Promise<MaintenanceResult> {
  const handler = actions[action.kind] as Handler<typeof action.kind>;
  return Promise.resolve(handler(parts, action as never));
}
