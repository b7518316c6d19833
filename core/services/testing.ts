import { defaultConfig } from "../../kiosk-config/config/schema";
import { WltPhoto } from "../../drivers/idcard/wlt";
import { fakeWlt } from "../../drivers/sim/identities/cards";
import { generateIdentity } from "../../drivers/sim/identities/generate";
import { seededRng } from "../../drivers/sim/identities/rng";
import { systemClock } from "../clock";
import { KioskEvents } from "../events";
import { kioskCatalog } from "./kiosk-catalog";
import { IdentitySlot } from "../session/identity-slot";
import { SessionManager } from "../session/session-manager";
import { CentralClient } from "../sync/central-client";

/**
 * The parts the online services (queries, tickets, submissions) are built from, for their tests:
 * the real catalog and config defaults, a real session with a synthetic card held in it, and a
 * real HTTP client for whatever central the test runs.
 */
export function onlineTestParts(centralUrl: string) {
  const sessions = new SessionManager(new KioskEvents(), systemClock, { expireAfterMs: 600_000 });
  const identity = new IdentitySlot(sessions);
  const session = sessions.start();
  const rng = seededRng(11);
  const record = generateIdentity(rng, "resident");
  identity.hold(session.sessionId, record, new WltPhoto(fakeWlt(rng)));
  let online = true;
  return {
    sessionId: session.sessionId,
    record,
    setOnline: (value: boolean) => {
      online = value;
    },
    parts: {
      catalog: kioskCatalog(defaultConfig),
      config: defaultConfig,
      identity,
      central: () =>
        Promise.resolve(new CentralClient({ baseUrl: centralUrl, token: "test-token", timeoutMs: 2000 })),
      online: () => Promise.resolve(online),
      now: () => new Date("2026-12-03T02:00:00Z"),
    },
    close: () => sessions.endAny("cancel"),
  };
}
