import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_KEY_FILE } from "../../../central/privacy/data-key";
import { BatchReply, SubmissionReply, TicketReply } from "../../../central/protocol";
import { startCentralServer } from "../../../central/server";
import { checkpoint, clearTextHits, filesUnder, sqliteFiles } from "../clear-text";
import type { SuiteContext } from "../contract";
import {
  call,
  enroll,
  heartbeatBody,
  hotlineSubmission,
  newbornSubmission,
  postSubmission,
  startTestCentral,
  syntheticIdentity,
} from "../harness";

/** A resident who appears nowhere else in the suite, so any hit is this session's. */
function resident() {
  const identity = { ...syntheticIdentity("1985-06-15", 777), name: "郑晓雯测" };
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3000)]);
  const phone = "13912345678";
  const description = "井盖缺失无人管";
  const needles: Record<string, Buffer> = {
    name: Buffer.from(identity.name, "utf8"),
    idNumber: Buffer.from(identity.idNumber, "utf8"),
    phone: Buffer.from(phone, "utf8"),
    childName: Buffer.from("林小安", "utf8"),
    description: Buffer.from(description, "utf8"),
    photoBytes: photo.subarray(100, 132),
    photoBase64: Buffer.from(photo.toString("base64").slice(400, 448), "utf8"),
  };
  return { identity, photo, phone, description, needles };
}

export function privacySuite(get: () => SuiteContext): void {
  describe("personal data at rest", () => {
    it("leaves nothing of a resident in clear in the database files, WAL or log after a full session", async () => {
      const { backend } = get();
      const lines: string[] = [];
      const central = await startTestCentral(backend, {
        logLevel: "trace",
        logDestination: { write: (s: string) => void lines.push(s) },
      });
      const r = resident();
      try {
        const { token } = await enroll(central, "隐私测试机");
        expect(
          (await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() })).status,
        ).toBe(200);
        const report = hotlineSubmission(r.description);
        report.data = {
          ...report.data,
          identity: r.identity,
          answers: { ...report.data.answers, phone: r.phone },
          photos: [{ mime: "image/jpeg", base64: r.photo.toString("base64") }],
        };
        const first = await postSubmission(central.url, token, report, report.id);
        expect(first.status).toBe(201);
        expect((await postSubmission(central.url, token, report, report.id)).text).toBe(first.text);
        const newborn = newbornSubmission({ identity: r.identity });
        const batch = await call(central.url, "POST", "/v1/submissions/batch", {
          token,
          body: { items: [newborn] },
        });
        expect(BatchReply.parse(batch.json).results[0]?.reply?.status).toBe("approved");
        const again = newbornSubmission({ identity: r.identity });
        const second = await postSubmission(central.url, token, again, again.id);
        expect(SubmissionReply.parse(second.json).status).toBe("rejected");
        const stored = await call(central.url, "GET", `/v1/submissions/${report.id}`, { token });
        expect(SubmissionReply.parse(stored.json).id).toBe(report.id);
        const query = await call(central.url, "POST", "/v1/queries/housing-fund-balance", {
          token,
          body: { identity: r.identity, params: {} },
        });
        expect(query.status).toBe(200);
        const ticket = await call(central.url, "POST", "/v1/tickets", {
          token,
          body: { centreId: "fz-citizen-centre", departmentId: "tax" },
        });
        TicketReply.parse(ticket.json);

        const files = (): string[] =>
          backend.pgDataDir === undefined
            ? sqliteFiles(central.target)
            : filesUnder(dirname(backend.pgDataDir));
        if (backend.pgDataDir !== undefined) await checkpoint(central.target);
        const running = clearTextHits(files(), r.needles);
        expect(running).toEqual([]);
      } finally {
        await central.close();
      }
      if (backend.pgDataDir !== undefined) await checkpoint(central.target);
      const files =
        backend.pgDataDir === undefined
          ? sqliteFiles(central.target)
          : filesUnder(dirname(backend.pgDataDir));
      expect(files.length).toBeGreaterThan(0);
      expect(clearTextHits(files, r.needles)).toEqual([]);
      const log = Buffer.from(lines.join(""), "utf8");
      expect(log.length).toBeGreaterThan(0);
      expect(
        Object.entries(r.needles)
          .filter(([, needle]) => log.includes(needle))
          .map(([name]) => name),
      ).toEqual([]);
    });

    it("opens what it sealed only with the same data key: another key file is refused at start", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend);
      const { token } = await enroll(central);
      const sub = hotlineSubmission();
      expect((await postSubmission(central.url, token, sub, sub.id)).status).toBe(201);
      await central.server.close();
      const wrongKey = join(backend.dir, `wrong-${randomUUID()}.key`);
      writeFileSync(wrongKey, randomBytes(32).toString("base64"));
      await expect(
        startCentralServer({ db: central.target, port: 0, dataDir: backend.dir, dataKeyFile: wrongKey }),
      ).rejects.toThrow(/not the one that sealed this database/);
      const again = await startTestCentral(backend, { target: central.target });
      try {
        const replay = await postSubmission(again.url, token, sub, sub.id);
        expect(replay.headers.get("idempotent-replayed")).toBe("true");
      } finally {
        await again.close();
        await central.db.close();
      }
    });

    it("makes its data key on first start on SQLite, and refuses PostgreSQL without a key file", async () => {
      const { backend } = get();
      if (backend.name === "postgres") {
        await expect(
          startCentralServer({ db: await backend.newDatabase(), port: 0, dataDir: backend.dir }),
        ).rejects.toThrow(/CENTRAL_DATA_KEY_FILE/);
        return;
      }
      const dir = join(backend.dir, `fresh-${randomUUID()}`);
      const server = await startCentralServer({ db: join(dir, "central.db"), port: 0 });
      await server.close();
      const keyFile = join(dir, DATA_KEY_FILE);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(Buffer.from(readFileSync(keyFile, "utf8").trim(), "base64")).toHaveLength(32);
    });
  });
}
