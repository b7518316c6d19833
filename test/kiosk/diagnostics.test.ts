import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoredSupportPacket, SupportPacketList } from "../../central/protocol";
import { type CentralServer, startCentralServer } from "../../central/server";
import type { DiagnosticId, DiagnosticResult } from "../../core/api";
import { bootKiosk, type BootedKiosk } from "../../core/boot";
import { parseKioskEnv } from "../../core/config/env";
import { createLogger } from "../../core/log";
import { listEvents } from "../../core/store/events";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { ticketText } from "../../drivers/sim/printer/ticket";
import { openSerial } from "../../drivers/transport/serial";
import { openDatabase } from "../../core/store/open";
import { tempDir } from "../support/runtime";
import { readFileSync } from "node:fs";
import { chinaToday } from "../support/china-date";

/**
 * Every diagnostic of the maintenance menu, run through the kiosk's one door (the handlers both
 * shells carry) on a real kiosk: the store on disk, a real central over HTTP, and the reader and
 * printer simulators behind real ptys, as a technician meets real devices.
 */
const MANAGER = "diag-manager-token-0123456789";
const cleanups: (() => Promise<void>)[] = [];
let kiosk: BootedKiosk;
let central: CentralServer;
let token: string;
let readerSim: ReaderSimulator;
let printerSim: VirtualPrinter;
let readerPty: PtyPair;
let ptyDir: string;
let dataDir: string;

const run = async (id: DiagnosticId): Promise<DiagnosticResult> =>
  kiosk.runtime.handlers.runDiagnostic({ token, id });
const valueOf = (result: DiagnosticResult, en: string): string | undefined =>
  result.details.find((d) => d.label.en === en)?.value;

async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  dataDir = tempDir("kiosk-diag-");
  ptyDir = await mkdtemp(join(tmpdir(), "kiosk-diag-pty-"));
  readerPty = await openPtyPair({ dir: ptyDir, name: "reader" });
  const printerPty = await openPtyPair({ dir: ptyDir, name: "printer" });
  readerSim = new ReaderSimulator({ seed: 12, processingDelayMs: 2 });
  readerSim.attach(await openSerial({ path: readerPty.simPath }));
  printerSim = new VirtualPrinter({ baudRate: 115200 });
  printerSim.attach(await openSerial({ path: printerPty.simPath, baudRate: 115200 }));
  central = await startCentralServer({
    db: join(dataDir, "central.db"),
    dataDir,
    port: 0,
    demoData: true,
    managerToken: MANAGER,
  });
  kiosk = await bootKiosk({
    env: parseKioskEnv(
      {
        KIOSK_DATA_DIR: dataDir,
        KIOSK_READER_PORT: readerPty.devicePath,
        KIOSK_PRINTER_PORT: printerPty.devicePath,
      },
      dataDir,
    ),
    shell: "web",
    appVersion: "0.0.0-test",
    logger: createLogger("warn", { write: () => undefined }),
    startEmbeddedCentral: () =>
      Promise.resolve({
        url: central.url,
        publicKeys: () => central.publicKeys(),
        createEnrollmentCode: () => central.createEnrollmentCode("embedded"),
        exited: new Promise<Error>(() => undefined),
        stop: () => Promise.resolve(),
      }),
  });
  cleanups.push(
    () => kiosk.stop(),
    () => central.close(),
    () => readerSim.close(),
    () => printerSim.disconnect(),
    () => readerPty.close(),
    () => printerPty.close(),
  );
  await kiosk.centralSettled;
  const pin = readFileSync(join(dataDir, "maintenance-pin"), "utf8").trim();
  const unlocked = await kiosk.runtime.handlers.unlockMaintenance({ pin });
  if (!unlocked.ok) throw new Error("the PIN did not open the menu");
  token = unlocked.token;
  await until(() => kiosk.runtime.status().devices.reader.state === "online", "the reader");
  await until(() => kiosk.runtime.status().devices.printer.state === "online", "the printer");
}, 60_000);

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

describe("maintenance diagnostics on a kiosk with devices behind ptys", () => {
  it("lists every diagnostic once, with Chinese and English labels", async () => {
    const { diagnostics } = await kiosk.runtime.handlers.listDiagnostics({ token });
    expect(diagnostics.map((d) => d.id)).toEqual([
      "reader",
      "printer",
      "devices",
      "network",
      "outbox",
      "config",
      "catalog",
      "system",
      "errors",
      "app",
    ]);
    for (const d of diagnostics) expect(d.label["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("reader: port, baud and SAM id; a test read shows the card masked", async () => {
    const empty = await run("reader");
    expect(empty.verdict, empty.summary.en).toBe("warn");
    expect(valueOf(empty, "port")).toBe(readerPty.devicePath);
    expect(valueOf(empty, "baud")).toBe("115200");
    expect(valueOf(empty, "SAM id")).toMatch(/\d/);
    const card = readerSim.placeCard("resident");
    await until(() => kiosk.runtime.sessions.current !== null, "the card read");
    const result = await run("reader");
    expect(result.verdict).toBe("ok");
    const id = card.record.idNumber;
    expect(valueOf(result, "ID number")).toBe(`${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`);
    expect(JSON.stringify(result)).not.toContain(id);
    expect(JSON.stringify(result)).not.toContain(card.record.name);
    readerSim.removeCard();
    kiosk.runtime.sessions.endAny("cancel");
  });

  it("printer: status and counter, and a test page with today's date that the printer confirms", async () => {
    const before = printerSim.recentTickets().length;
    const result = await run("printer");
    expect(result.verdict, result.summary.en).toBe("ok");
    expect(printerSim.recentTickets().length).toBe(before + 1);
    const today = chinaToday();
    expect(printerSim.recentTickets().map(ticketText).at(-1)).toContain(today);
    expect(Number(valueOf(result, "jobs printed since start"))).toBeGreaterThanOrEqual(1);
    const cut = await kiosk.runtime.handlers.runMaintenanceAction({
      token,
      action: { kind: "printer-cut-test" },
    });
    expect(cut.ok).toBe(true);
    expect(printerSim.recentTickets().at(-1)?.cut).toBe("full");
    printerSim.setPaper("out");
    await until(() => kiosk.runtime.status().devices.printer.paper === "out", "paper out");
    const out = await run("printer");
    expect(out.verdict).toBe("fail");
    printerSim.setPaper("ok");
  });

  it("devices: a configured port that vanishes fails, and comes back when replugged", async () => {
    expect((await run("devices")).verdict).not.toBe("fail");
    await readerPty.close();
    const gone = await run("devices");
    expect(gone.verdict).toBe("fail");
    expect(gone.summary.en).toContain(readerPty.devicePath);
    readerPty = await openPtyPair({ dir: ptyDir, name: "reader" });
    readerSim.attach(await openSerial({ path: readerPty.simPath }));
    expect((await run("devices")).verdict).not.toBe("fail");
    await until(() => kiosk.runtime.status().devices.reader.state === "online", "the replugged reader");
  });

  it("network: central reachable with a latency; outbox, config, catalog, system, errors and app answer", async () => {
    const network = await run("network");
    expect(network.verdict, network.summary.en).not.toBe("fail");
    expect(valueOf(network, "latency")).toMatch(/^\d+ ms$/);
    expect((await run("outbox")).verdict).toBe("ok");
    const config = await run("config");
    expect(config.verdict).toBe("ok");
    expect(valueOf(config, "version in force")).toBeDefined();
    const catalog = await run("catalog");
    expect(catalog.verdict).toBe("ok");
    expect(Number(valueOf(catalog, "services offered"))).toBeGreaterThan(0);
    const system = await run("system");
    expect(system.verdict).not.toBe("fail");
    expect(valueOf(system, "free disk (data folder)")).toMatch(/MB/);
    const app = await run("app");
    expect(valueOf(app, "app version")).toBe("0.0.0-test");
  });

  it("errors: recent warnings from the log, ID numbers masked", async () => {
    const id = "350102199003071234";
    // The kiosk's logger is where every part writes; a warning that quotes a number is masked.
    createLogger("warn", { write: () => undefined }).warn(`test warning about ${id}`);
    const result = await run("errors");
    expect(result.lines.join("\n")).toContain("3501**********1234");
    expect(result.lines.join("\n")).not.toContain(id);
  });

  it("moves the reader to another port and baud from the menu: validated, saved, audited, reopened", async () => {
    const other = await openPtyPair({ dir: ptyDir, name: "reader2" });
    const sim2 = new ReaderSimulator({ seed: 13, processingDelayMs: 2, baudRate: 57600 });
    sim2.attach(await openSerial({ path: other.simPath, baudRate: 57600 }));
    cleanups.push(
      () => sim2.close(),
      () => other.close(),
    );
    const bad = await kiosk.runtime.handlers.setDeviceSettings({
      token,
      device: "reader",
      port: "/etc/passwd/../shadow",
      baudRate: 12345,
    });
    expect(bad.ok).toBe(false);
    expect(bad.message["zh-CN"]).toContain("没有保存");
    const saved = await kiosk.runtime.handlers.setDeviceSettings({
      token,
      device: "reader",
      port: other.devicePath,
      baudRate: 57600,
    });
    expect(saved.ok, saved.message.en).toBe(true);
    await until(() => kiosk.runtime.status().devices.reader.state === "online", "the reader on its new port");
    expect(kiosk.runtime.status().devices.reader.port).toBe(other.devicePath);
    const settings = await kiosk.runtime.handlers.getDeviceSettings({ token });
    expect(settings.reader).toEqual({ port: other.devicePath, baudRate: 57600 });
    expect(settings.source.reader).toBe("local");
    const reader = await run("reader");
    expect(valueOf(reader, "baud")).toBe("57600");
    const db = openDatabase(join(dataDir, "kiosk.db")).db;
    const audit = listEvents(db, { kind: "audit", limit: 50 }).map((e) => e.code);
    db.close();
    expect(audit).toContain("device-port");
    expect(audit).toContain("device-port-refused");
  });

  it("uploads a support packet that a fleet manager can read, with the recent log masked", async () => {
    const sent = await kiosk.runtime.handlers.sendSupportPacket({ token, note: "读卡器换了端口" });
    expect(sent.ok, sent.message.en).toBe(true);
    const list = SupportPacketList.parse(
      await (
        await fetch(new URL("/v1/fleet/support-packets", central.url), {
          headers: { authorization: `Bearer ${MANAGER}` },
        })
      ).json(),
    );
    expect(list.packets).toHaveLength(1);
    const packet = StoredSupportPacket.parse(
      await (
        await fetch(new URL(`/v1/fleet/support-packets/${list.packets[0]?.id ?? ""}`, central.url), {
          headers: { authorization: `Bearer ${MANAGER}` },
        })
      ).json(),
    );
    expect(packet.note).toBe("读卡器换了端口");
    expect(packet.packet.versions.app).toBe("0.0.0-test");
    expect(packet.packet.devices.reader?.baud).toBe(57600);
    expect(packet.packet.diagnostics.map((d) => d.id)).toContain("printer");
    expect(JSON.stringify(packet)).not.toContain("350102199003071234");
  });

  it("rolls the config back one step and says so plainly when there is nothing to roll back to", async () => {
    const result = await kiosk.runtime.handlers.runMaintenanceAction({
      token,
      action: { kind: "config-rollback" },
    });
    // The embedded demo central may or may not have published a config: either answer is plain.
    expect(result.message["zh-CN"]).toMatch(/回退/);
  });

  it("refuses every call without the technician token", async () => {
    const handlers = kiosk.runtime.handlers;
    const attempt = (call: () => unknown): Promise<unknown> => Promise.resolve().then(call);
    await expect(attempt(() => handlers.runDiagnostic({ token: "nope", id: "reader" }))).rejects.toThrow(
      /locked/,
    );
    await expect(attempt(() => handlers.listDiagnostics({ token: "" }))).rejects.toThrow(/locked/);
    await expect(
      attempt(() =>
        handlers.setDeviceSettings({ token: "nope", device: "printer", port: "/dev/ttyS0", baudRate: 9600 }),
      ),
    ).rejects.toThrow(/locked/);
    await expect(attempt(() => handlers.getDeviceSettings({ token: "nope" }))).rejects.toThrow(/locked/);
    await expect(attempt(() => handlers.sendSupportPacket({ token: "nope" }))).rejects.toThrow(/locked/);
    expect(kiosk.runtime.status().devices.printer.port).not.toBe("/dev/ttyS0");
  });
});
