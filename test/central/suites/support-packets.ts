import { describe, expect, it } from "vitest";
import {
  StoredSupportPacket,
  SupportPacketList,
  SupportPacketReceipt,
  type SupportPacket,
} from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, MANAGER_TOKEN, syntheticIdNumber } from "../harness";

const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };

function packet(overrides: Partial<SupportPacket> = {}): SupportPacket {
  return {
    createdAt: "2026-12-03T16:00:00.000Z",
    note: "打印机卡纸，已换纸",
    versions: { app: "1.2.3", config: 4, catalog: "2026.12" },
    configDigest: "a".repeat(64),
    devices: {
      reader: { state: "online", port: "/dev/ttyUSB0", baud: 115200, lastError: null },
      printer: { state: "offline", port: "/dev/ttyS1", paper: "out" },
    },
    diagnostics: [{ id: "printer", verdict: "fail", summary: "缺纸 out of paper" }],
    logs: ['{"level":50,"msg":"print failed"}'],
    ...overrides,
  };
}

export function supportPacketsSuite(get: () => SuiteContext): void {
  describe("support packets", () => {
    it("stores a kiosk's packet sealed and lets a fleet manager list and download it", async () => {
      const { central } = get();
      const kiosk = await enroll(central, "支持包测试");
      const sent = await call(central.url, "POST", "/v1/support-packets", {
        token: kiosk.token,
        body: packet(),
      });
      expect(sent.status, sent.text).toBe(201);
      const receipt = SupportPacketReceipt.parse(sent.json);

      const row = await central.db.db
        .selectFrom("support_packets")
        .selectAll()
        .where("id", "=", receipt.id)
        .executeTakeFirstOrThrow();
      expect(row.kiosk_id).toBe(kiosk.kioskId);
      expect(row.packet_sealed).toMatch(/^gcm1:/);
      expect(row.packet_sealed).not.toContain("print failed");
      expect(row.note_sealed).toMatch(/^gcm1:/);

      const list = SupportPacketList.parse(
        (await call(central.url, "GET", "/v1/fleet/support-packets", { headers: manager })).json,
      );
      expect(list.packets.find((p) => p.id === receipt.id)).toMatchObject({
        kioskId: kiosk.kioskId,
        note: "打印机卡纸，已换纸",
        sizeBytes: receipt.sizeBytes,
      });
      const one = await call(central.url, "GET", `/v1/fleet/support-packets/${receipt.id}`, {
        headers: manager,
      });
      expect(one.status).toBe(200);
      const stored = StoredSupportPacket.parse(one.json);
      expect(stored.packet).toEqual(packet());
    });

    it("masks ID numbers a kiosk left in its logs before they are stored", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const id = syntheticIdNumber("1985-05-05", 321);
      const sent = await call(central.url, "POST", "/v1/support-packets", {
        token: kiosk.token,
        body: packet({ logs: [`card read for ${id}`], note: `resident ${id} complained` }),
      });
      expect(sent.status).toBe(201);
      const { id: packetId } = SupportPacketReceipt.parse(sent.json);
      const stored = StoredSupportPacket.parse(
        (await call(central.url, "GET", `/v1/fleet/support-packets/${packetId}`, { headers: manager })).json,
      );
      expect(JSON.stringify(stored)).not.toContain(id);
      expect(stored.packet.logs[0]).toBe(`card read for ${id.slice(0, 4)}**********${id.slice(-4)}`);
    });

    it("refuses a kiosk token on the fleet routes, no token on upload, and a packet over the limit", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const sent = SupportPacketReceipt.parse(
        (await call(central.url, "POST", "/v1/support-packets", { token: kiosk.token, body: packet() })).json,
      );
      const asKiosk = await call(central.url, "GET", "/v1/fleet/support-packets", { token: kiosk.token });
      expect(asKiosk.status).toBe(401);
      expect(asKiosk.text).not.toContain(sent.id);
      const oneAsKiosk = await call(central.url, "GET", `/v1/fleet/support-packets/${sent.id}`, {
        token: kiosk.token,
      });
      expect(oneAsKiosk.status).toBe(401);
      expect(oneAsKiosk.text).not.toContain("print failed");

      expect((await call(central.url, "POST", "/v1/support-packets", { body: packet() })).status).toBe(401);
      const huge = packet({ logs: Array.from({ length: 200 }, () => "x".repeat(1999)) });
      expect(
        (await call(central.url, "POST", "/v1/support-packets", { token: kiosk.token, body: huge })).status,
      ).toBe(413);
      const bad = await call(central.url, "POST", "/v1/support-packets", {
        token: kiosk.token,
        body: { ...packet(), extra: 1 },
      });
      expect(bad.status).toBe(400);
      const missing = await call(
        central.url,
        "GET",
        "/v1/fleet/support-packets/00000000-0000-4000-8000-000000000000",
        {
          headers: manager,
        },
      );
      expect(missing.status).toBe(404);
      expect(
        (await call(central.url, "GET", "/v1/fleet/support-packets/not-a-uuid", { headers: manager })).status,
      ).toBe(400);
    });
  });
}
