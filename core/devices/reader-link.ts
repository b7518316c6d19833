import type { CardReaderService } from "./reader/card-reader-service";
import type { DeviceStatus } from "../api";
import type { KioskEvents } from "../events";
import type { Logger } from "../log";
import { maskIdNumber } from "../privacy/mask";
import { cardHolderOf, type IdentitySlot } from "../session/identity-slot";
import type { SessionManager } from "../session/session-manager";
import type { DeviceMonitor } from "./device-monitor";

/**
 * Joins the card reader to the kiosk: its state to the status bar and heartbeat, and a read card
 * to the current session (opening one if the resident started at the card). The page receives
 * only the masked card holder.
 */
export function linkReader(
  reader: CardReaderService,
  parts: { events: KioskEvents; sessions: SessionManager; identity: IdentitySlot; logger: Logger },
): DeviceMonitor & { rereadCard(): void } {
  const { events, sessions, identity, logger } = parts;
  const changeListeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of changeListeners) listener();
  };
  const offs = [
    reader.on("card-present", () => {
      events.emit("card-present", {});
    }),
    reader.on("card-read", (record, photo) => {
      const session = sessions.current ?? sessions.start();
      identity.hold(session.sessionId, record, photo);
      logger.info({ cardType: record.cardType, id: maskIdNumber(record.idNumber) }, "card read");
      events.emit("card-read", { sessionId: session.sessionId, holder: cardHolderOf(record) });
    }),
    reader.on("card-removed", () => {
      events.emit("card-removed", {});
    }),
    reader.on("reader-error", (error) => {
      events.emit("reader-error", { code: error.code, message: { "zh-CN": error.zh, en: error.en } });
      changed();
    }),
    reader.on("reader-offline", changed),
    reader.on("reader-online", changed),
  ];
  return {
    status(): DeviceStatus {
      const s = reader.status();
      return {
        connection: s.port === "sim" ? "sim" : s.port.startsWith("hid:") ? "hid" : "serial",
        state: s.state,
        port: s.port === "sim" ? "built-in simulator" : s.port,
        ...(s.lastError === undefined ? {} : { lastError: s.lastError }),
      };
    },
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    start: () => reader.start(),
    rereadCard: () => {
      reader.rereadCard();
    },
    async stop() {
      for (const off of offs) off();
      await reader.stop();
    },
  };
}
