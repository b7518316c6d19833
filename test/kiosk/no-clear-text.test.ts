import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CallName, CallReply } from "../../core/api";
import { bootKiosk, type BootedKiosk } from "../../core/boot";
import { parseKioskEnv } from "../../core/config/env";
import { createLogger } from "../../core/log";
import { pinFile } from "../../core/maintenance/pin";
import { dispatch } from "../../core/rpc";
import { startEmbeddedCentral } from "../../scripts/embedded-central";
import { tempDir } from "../support/runtime";

/**
 * After a full resident session on embedded defaults, nothing the resident brought is left in
 * clear anywhere the kiosk writes: not in its data folder (kiosk.db and its WAL, the embedded
 * central's database, keys, notes), not in its log. The central side has its own check
 * (test/central/suites/privacy.ts); this one covers the kiosk and everything in its folder.
 */
const SERVICE_ID = "food-safety-report";
const PHONE = "13912345678";

let kiosk: BootedKiosk | null = null;
afterAll(async () => {
  await kiosk?.stop();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Every place `needle` occurs in `haystack` (not only the first, so the report is complete). */
function countIn(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

describe("a full resident session on embedded defaults", () => {
  it("leaves no name, ID number, phone number or photo in clear in the data folder or the log", async () => {
    const dataDir = tempDir("kiosk-no-clear-text-");
    const logLines: string[] = [];
    const booted = await bootKiosk({
      env: parseKioskEnv({ KIOSK_DATA_DIR: dataDir }, dataDir),
      shell: "web",
      appVersion: "0.0.0-test",
      logger: createLogger("trace", { write: (line: string) => void logLines.push(line) }),
      startEmbeddedCentral,
    });
    kiosk = booted;
    await booted.centralSettled;

    async function call<C extends CallName>(name: C, request: unknown): Promise<CallReply<C>> {
      const result = await dispatch(booted.runtime.handlers, name, request);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
      return result.result as CallReply<C>;
    }

    const unlocked = await call("unlockMaintenance", { pin: readFileSync(pinFile(dataDir), "utf8").trim() });
    if (!unlocked.ok) throw new Error("maintenance PIN refused");
    const token = unlocked.token;

    // The resident touches the screen, then places the simulator's synthetic card.
    const started = await call("startSession", {});
    const read = new Promise<string>((resolve) => {
      const off = booted.runtime.events.on("card-read", ({ sessionId }) => {
        off();
        resolve(sessionId);
      });
    });
    // Through the simulator's own API (as the sim-place-card action does), to keep the card it made.
    const simulator = booted.runtime.options.reader.simulator;
    if (simulator == null) throw new Error("embedded defaults should run the simulated reader");
    const card = simulator.placeCard("resident");
    const sessionId = await read;
    expect(sessionId).toBe(started.sessionId);
    const { name, idNumber } = card.record;
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);

    // A report in the resident's name, with the phone number and a photo taken at the kiosk.
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3000)]);
    const outcome = await call("submitService", {
      sessionId,
      serviceId: SERVICE_ID,
      answers: {
        problem: "餐具不洁",
        shopName: "示例小吃店",
        location: "鼓楼区五一北路1号",
        anonymous: "no",
        phone: PHONE,
      },
      photos: [{ mime: "image/jpeg", base64: photo.toString("base64") }],
    });
    expect(outcome.referenceNo).not.toBe("");
    // A query that reads the card holder's records, as the page would run it.
    const query = await call("runQuery", { sessionId, serviceId: "social-insurance-status", answers: {} });
    expect(query.rows.length).toBeGreaterThan(0);

    // The outbox drains: central acknowledged everything and the kiosk deleted what it held.
    const deadline = Date.now() + 15_000;
    while ((await call("getMaintenanceReport", { token })).outbox.depth > 0) {
      if (Date.now() > deadline) throw new Error("the outbox did not drain");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await call("endSession", { sessionId, reason: "done" });
    await booted.stop();
    kiosk = null;

    const needles: Record<string, Buffer> = {
      name: Buffer.from(name, "utf8"),
      idNumber: Buffer.from(idNumber, "utf8"),
      phone: Buffer.from(PHONE, "utf8"),
      photoBytes: photo.subarray(100, 132),
      photoBase64: Buffer.from(photo.toString("base64").slice(400, 448), "utf8"),
      cardPhotoBytes: Buffer.from(card.photo.subarray(100, 132)),
    };
    // Stored in clear on purpose (the submission's service), so a search that finds nothing
    // proves something: the same bytes are searched the same way.
    const probe = Buffer.from(SERVICE_ID, "utf8");

    const files = filesUnder(dataDir);
    const hits: string[] = [];
    let bytes = 0;
    let probeHits = 0;
    const search = (where: string, haystack: Buffer): void => {
      bytes += haystack.length;
      for (const [what, needle] of Object.entries(needles)) {
        const found = countIn(haystack, needle);
        if (found > 0) hits.push(`${what} ×${found} in ${where}`);
      }
    };
    for (const file of files) {
      const content = readFileSync(file);
      probeHits += countIn(content, probe);
      search(relative(dataDir, file), content);
    }
    const log = Buffer.from(logLines.join(""), "utf8");
    search("the log", log);
    // The log's own probe: the card read is logged with the ID number masked, in these bytes.
    const masked = `${idNumber.slice(0, 4)}${"*".repeat(10)}${idNumber.slice(-4)}`;
    const maskedInLog = countIn(log, Buffer.from(masked, "utf8"));

    console.info(
      `clear-text search: ${files.length} files + ${logLines.length} log lines, ${bytes} bytes, ` +
        `${hits.length} hits; probes: service id ×${probeHits} in the files, masked ID ×${maskedInLog} in the log`,
    );
    expect(files.some((file) => file.endsWith("kiosk.db"))).toBe(true);
    expect(files.some((file) => /central[^/]*\.db$/.test(file))).toBe(true);
    expect(logLines.length).toBeGreaterThan(0);
    expect(probeHits).toBeGreaterThan(0);
    expect(maskedInLog).toBeGreaterThan(0);
    expect(hits).toEqual([]);
  }, 60_000);
});
