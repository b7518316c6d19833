import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SubmissionReply } from "../../central/protocol";
import { startCentralServer } from "../../central/server";
import { run as sms } from "../../scripts/sim/sms";
import { call, hotlineSubmission, postSubmission } from "./harness";

let dir = "";
let previousDb: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sim-sms-"));
  previousDb = process.env.CENTRAL_DB;
  process.env.CENTRAL_DB = join(dir, "central.db");
});
afterAll(() => {
  if (previousDb === undefined) delete process.env.CENTRAL_DB;
  else process.env.CENTRAL_DB = previousDb;
  rmSync(dir, { recursive: true, force: true });
});

async function capture(argv: string[]) {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await sms(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("npm run sim -- sms", () => {
  it("lists what the simulator sent, masked, and refuses bad flags", async () => {
    const server = await startCentralServer({ db: process.env.CENTRAL_DB ?? "", port: 0, dataDir: dir });
    try {
      await expect(capture([])).resolves.toMatchObject({ code: 0, out: "no texts sent yet\n" });
      const code = await server.createEnrollmentCode();
      const { token } = (await call(server.url, "POST", "/v1/enroll", { body: { code, name: "sim" } }))
        .json as {
        token: string;
      };
      const body = hotlineSubmission();
      body.data.answers.phone = "13700001111";
      const stored = await postSubmission(server.url, token, body, body.id);
      const referenceNo = SubmissionReply.parse(stored.json).trackingNo;
      const sent = await call(server.url, "POST", "/v1/sms/reference", {
        token,
        body: { id: randomUUID(), referenceNo, locale: "zh-CN" },
      });
      expect(sent.status).toBe(201);
      const listed = await capture(["--json"]);
      expect(listed.code).toBe(0);
      const lines = listed.out.trim().split("\n");
      expect(lines).toHaveLength(1);
      const text = JSON.parse(lines[0] ?? "") as { to: string; text: string };
      expect(text.to).toBe("137****1111");
      expect(text.text).toContain(referenceNo);
      expect(listed.out).not.toContain("13700001111");
      await expect(capture(["--limit", "0"])).resolves.toMatchObject({ code: 2 });
      await expect(capture(["--nope"])).resolves.toMatchObject({ code: 2 });
      await expect(capture(["--help"])).resolves.toMatchObject({ code: 0 });
    } finally {
      await server.close();
    }
  });
});
