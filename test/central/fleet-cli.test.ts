import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { run as enrollmentCode } from "../../scripts/fleet/enrollment-code";
import { run as kiosks } from "../../scripts/fleet/kiosks";
import { run as publishConfig } from "../../scripts/fleet/publish-config";
import { run as publishRelease } from "../../scripts/fleet/publish-release";
import { run as request } from "../../scripts/fleet/request";
import { run as revoke } from "../../scripts/fleet/revoke";
import { HeartbeatReply, KioskRequestReply } from "../../central/protocol";
import { call, heartbeatBody } from "./harness";
import { startCentralServer } from "../../central/server";
import { openCentralDb } from "../../central/db/connect";

let dir = "";
let previousDb: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "central-cli-"));
  previousDb = process.env.CENTRAL_DB;
  process.env.CENTRAL_DB = join(dir, "central.db");
});
afterAll(() => {
  if (previousDb === undefined) delete process.env.CENTRAL_DB;
  else process.env.CENTRAL_DB = previousDb;
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a CLI command and returns its exit code and what it wrote to stdout and stderr. */
async function capture(command: (argv: string[]) => Promise<number>, argv: string[]) {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await command(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("fleet CLI against CENTRAL_DB", () => {
  it("enrollment-code prints the code alone, and the code enrolls a kiosk with its site", async () => {
    const result = await capture(enrollmentCode, ["--site", "gulou-centre"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\n$/);
    const server = await startCentralServer({ db: process.env.CENTRAL_DB ?? "", port: 0, dataDir: dir });
    try {
      const enrolled = await call(server.url, "POST", "/v1/enroll", {
        body: { code: result.out.trim(), name: "cli" },
      });
      expect(enrolled.status).toBe(201);
      const { token } = enrolled.json as { token: string };
      await call(server.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
      const published = await capture(publishConfig, [
        "--file",
        writeConfig({ heartbeatSeconds: 120 }),
        "--site",
        "gulou-centre",
      ]);
      expect(published.code).toBe(0);
      expect(published.out).toMatch(/^\d+\n$/);
      const bundle = await call(server.url, "GET", "/v1/config", { token });
      expect(bundle.json).toMatchObject({
        signed: { version: Number(published.out), config: { heartbeatSeconds: 120 } },
      });
    } finally {
      await server.close();
    }
    const listed = await capture(kiosks, []);
    expect(listed.out).toContain("site=gulou-centre");
    expect(listed.out).toContain("printer=ok/near-end");
    const json = await capture(kiosks, ["--json", "--district", "gulou"]);
    expect(JSON.parse(json.out)).toMatchObject([{ site: "gulou-centre" }]);
    expect(JSON.parse((await capture(kiosks, ["--json", "--site", "elsewhere"])).out)).toEqual([]);
    const badStatus = await capture(kiosks, ["--status", "gone"]);
    expect(badStatus.code).toBe(2);
    expect(badStatus.err).toContain("usage:");
  });

  it("publish-config --district and --kiosk publish those layers; the kiosk layer wins over the district's", async () => {
    const code = (await capture(enrollmentCode, ["--site", "cangshan-2"])).out.trim();
    const manager = "cli-test-manager-token-0123456789";
    const server = await startCentralServer({
      db: process.env.CENTRAL_DB ?? "",
      port: 0,
      dataDir: dir,
      managerToken: manager,
    });
    try {
      const { kioskId, token } = (
        await call(server.url, "POST", "/v1/enroll", { body: { code, name: "layers" } })
      ).json as { kioskId: string; token: string };
      const placed = await call(server.url, "PUT", `/v1/fleet/kiosks/${kioskId}/placement`, {
        token: manager,
        body: { district: "仓山区" },
      });
      expect(placed.status).toBe(200);
      const district = await capture(publishConfig, [
        "--file",
        writeConfig({ heartbeatSeconds: 90, defaultLocale: "en" }),
        "--district",
        "仓山区",
      ]);
      expect(district).toMatchObject({ code: 0, err: "" });
      const kiosk = await capture(publishConfig, [
        "--file",
        writeConfig({ heartbeatSeconds: 45 }),
        "--kiosk",
        kioskId,
      ]);
      expect(kiosk).toMatchObject({ code: 0, err: "" });
      expect(Number(kiosk.out)).toBeGreaterThan(Number(district.out));
      const layers = (await call(server.url, "GET", `/v1/fleet/kiosks/${kioskId}/config`, { token: manager }))
        .json as {
        desired: { layers: { layer: string; version: number }[]; config: Record<string, unknown> };
      };
      expect(layers.desired.layers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ layer: "district:仓山区", version: Number(district.out) }),
          expect.objectContaining({ layer: `kiosk:${kioskId}`, version: Number(kiosk.out) }),
        ]),
      );
      expect(layers.desired.config).toMatchObject({ heartbeatSeconds: 45, defaultLocale: "en" });
      const bundle = await call(server.url, "GET", "/v1/config", { token });
      expect(bundle.json).toMatchObject({
        signed: { version: Number(kiosk.out), config: { heartbeatSeconds: 45 } },
      });
    } finally {
      await server.close();
    }
    const unknownKiosk = await capture(publishConfig, [
      "--file",
      writeConfig({ heartbeatSeconds: 45 }),
      "--kiosk",
      "no-such-kiosk",
    ]);
    expect(unknownKiosk.code).toBe(1);
    expect(unknownKiosk.err).toContain("no kiosk no-such-kiosk");
    const two = await capture(publishConfig, ["--file", writeConfig({}), "--site", "a", "--district", "b"]);
    expect(two.code).toBe(2);
    expect(two.err).toContain("at most one of --district, --site and --kiosk");
    const colon = await capture(publishConfig, ["--file", writeConfig({}), "--district", "a:b"]);
    expect(colon.code).toBe(2);
    expect((await capture(publishConfig, ["--help"])).out).toContain(
      "--district NAME | --site SITE | --kiosk ID",
    );
  });

  it("refuses bad flags and invalid config with a message and a non-zero code", async () => {
    const badFlag = await capture(enrollmentCode, ["--ttl-hours", "zero"]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toContain("usage:");
    const unknownFlag = await capture(enrollmentCode, ["--nope"]);
    expect(unknownFlag.code).toBe(2);
    const invalid = await capture(publishConfig, ["--file", writeConfig({ heartbeatSeconds: 1 })]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain("heartbeatSeconds");
    const missing = await capture(publishConfig, ["--file", join(dir, "missing.json")]);
    expect(missing.code).toBe(2);
  });
});

describe("fleet CLI revoke", () => {
  it("revokes a kiosk (exit 0, prints the time); the running service answers its token 401 within 2 s", async () => {
    const server = await startCentralServer({ db: process.env.CENTRAL_DB ?? "", port: 0, dataDir: dir });
    try {
      const code = (await capture(enrollmentCode, [])).out.trim();
      const { kioskId, token } = (
        await call(server.url, "POST", "/v1/enroll", { body: { code, name: "to-revoke" } })
      ).json as { kioskId: string; token: string };
      expect((await call(server.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() })).status).toBe(
        200,
      );
      const revoked = await capture(revoke, [kioskId]);
      expect(revoked).toMatchObject({ code: 0, err: "" });
      expect(revoked.out).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z\n$/);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const after = await call(server.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
      expect(after.status).toBe(401);
      expect((await capture(revoke, [kioskId])).out).toBe(revoked.out);
    } finally {
      await server.close();
    }
  });

  it("says plainly what is wrong: no id, two ids, an unknown kiosk, an unknown flag; --help exits 0", async () => {
    const none = await capture(revoke, []);
    expect(none.code).toBe(2);
    expect(none.err).toContain("a KIOSK_ID is needed");
    expect((await capture(revoke, ["a", "b"])).code).toBe(2);
    expect((await capture(revoke, ["--force", "a"])).code).toBe(2);
    const unknown = await capture(revoke, ["no-such-kiosk"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no kiosk "no-such-kiosk"');
    const help = await capture(revoke, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("usage: npm run --silent fleet -- revoke KIOSK_ID");
  });
});

describe("fleet CLI request", () => {
  it("asks a kiosk for a packet (JSON, audited as fleet-script), once while it waits; the kiosk's heartbeat carries it", async () => {
    const server = await startCentralServer({ db: process.env.CENTRAL_DB ?? "", port: 0, dataDir: dir });
    try {
      const code = (await capture(enrollmentCode, [])).out.trim();
      const { kioskId, token } = (
        await call(server.url, "POST", "/v1/enroll", { body: { code, name: "to-ask" } })
      ).json as { kioskId: string; token: string };
      const asked = await capture(request, [kioskId, "support-packet"]);
      expect(asked).toMatchObject({ code: 0, err: "" });
      const first = KioskRequestReply.parse(JSON.parse(asked.out));
      expect(first).toMatchObject({
        created: true,
        request: { kioskId, kind: "support-packet", status: "pending", requestedBy: "fleet-script" },
      });
      const again = KioskRequestReply.parse(
        JSON.parse((await capture(request, [kioskId, "support-packet"])).out),
      );
      expect(again).toEqual({ ...first, created: false });
      // This service had read no pending requests yet, so its first heartbeat reply has it.
      const beat = await call(server.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
      expect(HeartbeatReply.parse(beat.json).requests).toEqual([
        { id: first.request.id, kind: "support-packet", requestedAt: first.request.requestedAt },
      ]);
      const db = await openCentralDb(process.env.CENTRAL_DB ?? "", { poolSize: 1 });
      try {
        const audited = await db.db
          .selectFrom("audit")
          .select(["actor", "detail_json"])
          .where("action", "=", "kiosk.request.support-packet")
          .execute();
        expect(audited).toEqual([
          { actor: "fleet-script", detail_json: JSON.stringify({ kioskId, requestId: first.request.id }) },
        ]);
      } finally {
        await db.close();
      }
    } finally {
      await server.close();
    }
  });

  it("says plainly what is wrong: no kind, an unknown kind, an unknown kiosk; --help exits 0", async () => {
    expect((await capture(request, [])).code).toBe(2);
    expect((await capture(request, ["a"])).code).toBe(2);
    const kind = await capture(request, ["a", "reboot"]);
    expect(kind.code).toBe(2);
    expect(kind.err).toContain('cannot ask for "reboot"');
    const unknown = await capture(request, ["no-such-kiosk", "token-rotation"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('kiosk not found "no-such-kiosk"');
    const help = await capture(request, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("usage: npm run --silent fleet -- request KIOSK_ID");
  });
});

function writeConfig(config: unknown): string {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe("fleet publish-release", () => {
  it("stores the file beside CENTRAL_DB, prints its sha512, and the feed offers it to a kiosk", async () => {
    const file = join(dir, "efuzhou-kiosk-web-3.1.0.tar.gz");
    writeFileSync(file, "a release archive");
    const result = await capture(publishRelease, [
      "--channel",
      "cli-stable",
      "--version",
      "3.1.0",
      "--file",
      file,
    ]);
    expect(result).toMatchObject({ code: 0, err: "" });
    const sha512 = createHash("sha512").update("a release archive").digest("base64");
    expect(result.out).toBe(`${sha512}\n`);
    expect(
      readFileSync(join(dir, "releases", "cli-stable", "3.1.0", "efuzhou-kiosk-web-3.1.0.tar.gz"), "utf8"),
    ).toBe("a release archive");
    // Again with the same bytes: fine. Other bytes under the same name: refused, plainly.
    expect(
      (await capture(publishRelease, ["--channel", "cli-stable", "--version", "3.1.0", "--file", file])).code,
    ).toBe(0);
    writeFileSync(file, "another archive");
    const clash = await capture(publishRelease, [
      "--channel",
      "cli-stable",
      "--version",
      "3.1.0",
      "--file",
      file,
    ]);
    expect(clash.code).toBe(1);
    expect(clash.err).toMatch(/already published with other content/);

    const server = await startCentralServer({ db: process.env.CENTRAL_DB ?? "", port: 0, dataDir: dir });
    try {
      const code = await server.createEnrollmentCode();
      const enrolled = await call(server.url, "POST", "/v1/enroll", { body: { code, name: "cli" } });
      const { token } = enrolled.json as { token: string };
      const feed = await call(server.url, "GET", "/v1/updates/cli-stable/latest-linux.yml", { token });
      expect(feed.status).toBe(200);
      expect(feed.text).toContain(`sha512: "${sha512}"`);
    } finally {
      await server.close();
    }
  });

  it("says plainly what is wrong, and --help exits 0", async () => {
    const help = await capture(publishRelease, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("usage: npm run --silent fleet -- publish-release");
    const none = await capture(publishRelease, []);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--channel/);
    const badVersion = await capture(publishRelease, [
      "--channel",
      "stable",
      "--version",
      "v1",
      "--file",
      "x.tar.gz",
    ]);
    expect(badVersion.err).toMatch(/--version: a version is MAJOR.MINOR.PATCH/);
    const zip = join(dir, "release.zip");
    writeFileSync(zip, "zip");
    const badName = await capture(publishRelease, [
      "--channel",
      "stable",
      "--version",
      "1.0.0",
      "--file",
      zip,
    ]);
    expect(badName.code).toBe(2);
    expect(badName.err).toMatch(/release\.zip: a release file is an \.exe, \.AppImage, \.deb or \.tar\.gz/);
    const missing = await capture(publishRelease, [
      "--channel",
      "stable",
      "--version",
      "1.0.0",
      "--file",
      join(dir, "gone.tar.gz"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/);
  });
});
