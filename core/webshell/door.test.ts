import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, testRuntime } from "../../test/support/runtime";
import { call, connect, connectWhenFree, get, hangUp, pageHeaders } from "../../test/support/webshell-client";
import { createLogger } from "../log";
import { attractKey, keyMarker, PRERENDERED_DIR, prerenderedHeaders } from "./prerendered-attract";
import { cookieValue, createDoor, DOOR_COOKIE } from "./door";
import { startWebShell, type WebShell } from "./server";

/**
 * The web shell's door, attacked from this machine: another process can fetch the page and open
 * WebSockets to 127.0.0.1 just as the kiosk's browser does, and send any header it likes.
 */
const runtime = testRuntime();
let shell: WebShell;
let cookie: string | null;
const STYLE = "body{margin:0}";

beforeAll(async () => {
  // A renderer with a prerendered attract page for the live data, so the first fetch gets it.
  const rendererDir = join(tempDir(), "renderer");
  mkdirSync(join(rendererDir, PRERENDERED_DIR), { recursive: true });
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
  const settings = await runtime.handlers.getUiSettings({});
  const catalog = await runtime.handlers.getCatalogSummary({});
  writeFileSync(
    join(rendererDir, PRERENDERED_DIR, `${runtime.options.settings.config().site}.html`),
    `<!doctype html><style>${STYLE}</style><div id="root" ${keyMarker(attractKey(settings, catalog))}>attract</div>`,
  );
  shell = await startWebShell(runtime, { port: 0, rendererDir, logger: createLogger("silent") });
  cookie = null;
});
afterAll(() => shell.close());

describe("the web shell's door", () => {
  it("hands its secret to the first page it serves, prerendered and with its CSP intact, and to no one else", async () => {
    const first = await get(shell.port, "/");
    expect(first.status).toBe(200);
    expect(first.body).toContain("attract");
    expect(first.headers["content-security-policy"]).toBe(
      prerenderedHeaders(first.body)["content-security-policy"],
    );
    const set = first.headers["set-cookie"]?.[0] ?? "";
    expect(set).toMatch(
      new RegExp(`^${DOOR_COOKIE}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Strict; Max-Age=\\d+$`),
    );
    cookie = set.split(";")[0] ?? null;

    // Another local process fetching the page afterwards: refused, and handed nothing.
    for (const path of ["/", "/index.html", "/catalog/social-insurance"]) {
      const other = await get(shell.port, path);
      expect(other.status).toBe(403);
      expect(other.headers["set-cookie"]).toBeUndefined();
      expect(other.body).toContain("already open");
    }
    expect((await get(shell.port, "/", { cookie: `${DOOR_COOKIE}=guess` })).status).toBe(403);
    expect((await get(shell.port, "/", {}, "HEAD")).status).toBe(403);
    // The page's own assets are no secret.
    expect((await get(shell.port, "/missing.js")).status).toBe(404);

    // The same browser reloading (after a renderer crash, say) carries the cookie and gets in.
    const reload = await get(shell.port, "/", { cookie: cookie ?? "" });
    expect(reload.status).toBe(200);
    expect(reload.body).toContain("attract");
  });

  it("refuses upgrades without the secret, without an Origin, or with a stolen Origin", async () => {
    const page = pageHeaders(shell.port, cookie);
    // A second client with a stolen Origin but no secret.
    await expect(connect(shell.port, { origin: page.origin ?? "" })).rejects.toThrow(/refused 403/);
    await expect(
      connect(shell.port, { origin: page.origin ?? "", cookie: `${DOOR_COOKIE}=${"A".repeat(43)}` }),
    ).rejects.toThrow(/refused 403/);
    // The secret but no Origin: no browser page upgrades without one.
    await expect(connect(shell.port, { cookie: cookie ?? "" })).rejects.toThrow(/refused 403/);
    const ws = await connectWhenFree(shell.port, page);
    expect(await call(ws, 1, "getStatus")).toMatchObject({ ok: true });
    await hangUp(ws);
  });

  it("admits one page connection at a time; a second cannot see or drive the first's session", async () => {
    const page = pageHeaders(shell.port, cookie);
    const first = await connectWhenFree(shell.port, page);
    const heard: string[] = [];
    first.on("message", (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { event?: string };
      if (message.event !== undefined) heard.push(message.event);
    });
    const started = await call(first, 1, "startSession");
    const { sessionId } = started.result as { sessionId: string };

    // Even holding the secret (the same browser's second tab), a second page is refused.
    await expect(connect(shell.port, page)).rejects.toThrow(/refused 409/);
    runtime.events.emit("card-present", {});
    await expect.poll(() => heard).toContain("card-present");

    // The first page goes away: its session ends with it and is wiped.
    await hangUp(first);
    await expect.poll(() => runtime.sessions.current).toBeNull();
    const second = await connectWhenFree(shell.port, page);
    expect(await call(second, 2, "keepSessionAlive", { sessionId })).toMatchObject({
      ok: true,
      result: { alive: false },
    });
    await hangUp(second);
  });
});

describe("the door's cookie", () => {
  it("is read by name from any Cookie header, and compared whole", () => {
    expect(cookieValue("a=1; kiosk-door=xyz; b=2", "kiosk-door")).toBe("xyz");
    expect(cookieValue("kiosk-doorx=1", "kiosk-door")).toBeNull();
    expect(cookieValue(undefined, "kiosk-door")).toBeNull();
    const door = createDoor("s3cret");
    expect(door.holdsKey("kiosk-door=s3cret")).toBe(true);
    expect(door.holdsKey("kiosk-door=s3cre")).toBe(false);
    expect(door.holdsKey("kiosk-door=s3cret2")).toBe(false);
    expect(door.admitPage(undefined)).toMatchObject({ admitted: true });
    expect(door.admitPage(undefined)).toEqual({ admitted: false });
    expect(door.admitPage("kiosk-door=s3cret")).toMatchObject({ admitted: true });
  });

  it("is different at every start", () => {
    const a = createDoor().admitPage(undefined);
    const b = createDoor().admitPage(undefined);
    expect(a.admitted && b.admitted && a.setCookie !== b.setCookie).toBe(true);
  });
});
