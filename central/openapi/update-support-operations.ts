import {
  StoredSupportPacket,
  SUPPORT_ROUTES,
  SupportPacket,
  SupportPacketList,
  SupportPacketReceipt,
} from "../protocol";
import { common, err, type Operation } from "./operation";

/** App updates a kiosk downloads, and support packets it uploads and managers read. */
export const updateSupportOperations: Operation[] = [
  {
    method: "get",
    path: "/v1/updates/{channel}/{feed}",
    summary:
      "The app update feed of a channel for this kiosk: latest.yml (Windows) or latest-linux.yml, in electron-updater's generic-provider YAML (UpdateFeed)",
    auth: "kiosk",
    replies: {
      200: { description: "YAML feed (text/yaml)" },
      ...common,
      404: err("no release offered (no_release)"),
    },
  },
  {
    method: "get",
    path: "/v1/updates/{channel}/{version}/{name}",
    summary: "A release file the feed names; only the version offered to this kiosk",
    auth: "kiosk",
    replies: {
      200: { description: "the file (application/octet-stream)" },
      ...common,
      404: err("not offered"),
    },
  },
  {
    method: "post",
    path: SUPPORT_ROUTES.supportPackets,
    summary: "Upload a support packet from the maintenance menu (masked logs, versions, device states)",
    auth: "kiosk",
    request: SupportPacket,
    replies: {
      201: { description: "stored, sealed", schema: SupportPacketReceipt },
      ...common,
      413: err("larger than 256 KiB"),
    },
  },
  {
    method: "get",
    path: SUPPORT_ROUTES.fleetSupportPackets,
    summary: "Support packets, newest first, without contents (?limit=1..500)",
    auth: "manager",
    replies: { 200: { description: "packets", schema: SupportPacketList }, 401: common[401] },
  },
  {
    method: "get",
    path: SUPPORT_ROUTES.fleetSupportPacket,
    summary: "One support packet with its contents (the download is audited)",
    auth: "manager",
    replies: {
      200: { description: "the packet", schema: StoredSupportPacket },
      401: common[401],
      404: err("no such packet"),
    },
  },
];
