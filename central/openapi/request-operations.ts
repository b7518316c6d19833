import { KioskRequestList, KioskRequestReply, REQUEST_ROUTES } from "../protocol";
import { common, err, type Operation } from "./operation";

const asked = (what: string): Operation["replies"] => ({
  201: { description: `${what} requested`, schema: KioskRequestReply },
  200: { description: "one was already pending: that one, nothing added", schema: KioskRequestReply },
  401: common[401],
  403: err("needs the operator role"),
  404: err("no such kiosk"),
  409: err("the kiosk is revoked (kiosk_revoked)"),
});

/** A fleet manager's requests of one kiosk, answered by the kiosk at its next heartbeat. */
export const requestOperations: Operation[] = [
  {
    method: "post",
    path: REQUEST_ROUTES.fleetKioskRequestSupportPacket,
    summary:
      "Ask the kiosk for a support packet: it sends one after its next heartbeat, and the request is done when it arrives (audited; idempotent while pending)",
    auth: "manager",
    replies: asked("support packet"),
  },
  {
    method: "post",
    path: REQUEST_ROUTES.fleetKioskRequestTokenRotation,
    summary:
      "Ask the kiosk to rotate its token: done when the new token is first used and the old one stops working (audited; idempotent while pending)",
    auth: "manager",
    replies: asked("token rotation"),
  },
  {
    method: "get",
    path: REQUEST_ROUTES.fleetKioskRequests,
    summary: "The kiosk's requests, pending and done, newest first (?limit=1..500, default 50)",
    auth: "manager",
    replies: {
      200: { description: "requests", schema: KioskRequestList },
      ...common,
      404: err("no such kiosk"),
    },
  },
];
