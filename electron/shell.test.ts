import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callNames } from "../core/api";
import type { FakeEmitter, FakeIpcMain } from "../test/support/fake-electron";
import { FakeBrowserWindow } from "../test/support/fake-electron";
import { summarizeCatalog } from "../core/handlers/catalog";
import { uiSettingsFrom } from "../core/handlers/settings";
import { attractKey, keyMarker, PRERENDERED_DIR } from "../core/webshell/prerendered-attract";
import { tempDir, testRuntime } from "../test/support/runtime";
import { APP_URL, callChannel, EVENT_CHANNEL } from "./channels";

/**
 * The Electron glue under a fake `electron` module: the preload's window.kiosk, the app://
 * protocol, the window's security switches, and main's start-up.
 */
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, request: unknown) => Promise<unknown>>(),
  rendererListeners: new Map<string, ((...args: unknown[]) => void)[]>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
  /** The fake `app`, once vi.mock has built it. */
  apps: [] as unknown[],
  lock: true,
  setApplicationMenu: vi.fn(),
}));

vi.mock("electron", async () => {
  const support = await import("../test/support/fake-electron");
  const app = Object.assign(new support.FakeEmitter(), {
    quit: vi.fn(),
    requestSingleInstanceLock: () => fake.lock,
    whenReady: () => Promise.resolve(),
    getPath: () => process.env.TEST_USER_DATA ?? "/tmp",
    getVersion: () => "9.9.9",
    getAppPath: () => process.env.TEST_APP_PATH ?? "/tmp",
    commandLine: { appendSwitch: vi.fn() },
  });
  fake.apps.push(app);
  return {
    app,
    BrowserWindow: support.FakeBrowserWindow,
    ipcMain: new support.FakeIpcMain(),
    powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn() },
    Menu: { setApplicationMenu: fake.setApplicationMenu },
    safeStorage: {
      getSelectedStorageBackend: () => "gnome_libsecret",
      encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(text)),
      decryptStringAsync: (data: Buffer) =>
        Promise.resolve({ shouldReEncrypt: false, result: data.toString() }),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
    ipcRenderer: {
      invoke: fake.invoke,
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        fake.rendererListeners.set(channel, [...(fake.rendererListeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        fake.rendererListeners.set(
          channel,
          (fake.rendererListeners.get(channel) ?? []).filter((l) => l !== listener),
        ),
    },
  };
});

afterEach(() => {
  vi.resetModules();
});

describe("preload", () => {
  it("exposes exactly the KioskApi as window.kiosk, never ipcRenderer", async () => {
    await import("./preload");
    const kiosk = fake.exposed.get("kiosk") as Record<string, unknown>;
    expect([...fake.exposed.keys()]).toEqual(["kiosk"]);
    expect(Object.keys(kiosk).sort()).toEqual([...callNames, "on"].sort());
    expect(Object.values(kiosk).every((v) => typeof v === "function")).toBe(true);
  });

  it("unwraps replies, raises error replies, and strips Electron's event from listeners", async () => {
    await import("./preload");
    const kiosk = fake.exposed.get("kiosk") as {
      getStatus: (r: object) => Promise<unknown>;
      endSession: (r: object) => Promise<unknown>;
      on: (event: string, listener: (...args: unknown[]) => void) => () => void;
    };
    fake.invoke.mockResolvedValueOnce({ ok: true, result: { kioskId: "k1" } });
    await expect(kiosk.getStatus({})).resolves.toEqual({ kioskId: "k1" });
    expect(fake.invoke).toHaveBeenLastCalledWith(callChannel("getStatus"), {});
    const text = { "zh-CN": "填写的内容有误", en: "Something is not right" };
    fake.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: "invalid-request", message: "bad", text },
    });
    // Modules are reset between tests, so compare by shape rather than class identity.
    await expect(kiosk.endSession({})).rejects.toMatchObject({
      name: "KioskCallError",
      code: "invalid-request",
      text,
    });

    const heard: unknown[][] = [];
    const off = kiosk.on("session-ended", (...args) => heard.push(args));
    const senderEvent = { sender: "secret" };
    for (const listener of fake.rendererListeners.get(EVENT_CHANNEL) ?? []) {
      listener(senderEvent, { event: "session-ended", payload: { sessionId: "s", reason: "idle" } });
      listener(senderEvent, { event: "status-changed", payload: {} });
    }
    expect(heard).toEqual([[{ sessionId: "s", reason: "idle" }]]);
    off();
    expect(fake.rendererListeners.get(EVENT_CHANNEL)).toHaveLength(0);
  });
});

describe("app:// protocol", () => {
  it("serves the renderer with the CSP, and nothing for other hosts", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "index.html"), "<!doctype html>");
    const { serveAppProtocol, registerAppScheme } = await import("./protocol");
    const { protocol } = await import("electron");
    registerAppScheme(protocol);
    expect(fake.privileged).toContainEqual({
      scheme: "app",
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    serveAppProtocol(protocol, dir, testRuntime());
    const handle = fake.protocolHandlers.get("app");
    const page = await handle?.(new Request("app://kiosk/index.html"));
    expect(page?.status).toBe(200);
    expect(page?.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect((await handle?.(new Request("app://elsewhere/index.html")))?.status).toBe(404);
  });

  it("serves the prerendered attract screen while it matches the runtime's data", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "index.html"), "<!doctype html>plain");
    const runtime = testRuntime();
    const key = attractKey(
      uiSettingsFrom(runtime.options.settings.config()),
      summarizeCatalog(runtime.options.settings.catalog()),
    );
    mkdirSync(join(dir, PRERENDERED_DIR));
    writeFileSync(
      join(dir, PRERENDERED_DIR, `${runtime.options.settings.config().site}.html`),
      `<!doctype html><div id="root" inert ${keyMarker(key)}>attract</div>`,
    );
    const { serveAppProtocol } = await import("./protocol");
    const { protocol } = await import("electron");
    serveAppProtocol(protocol, dir, runtime);
    const handle = fake.protocolHandlers.get("app");
    await expect((await handle?.(new Request("app://kiosk/")))?.text()).resolves.toContain("attract");
    await expect((await handle?.(new Request("app://kiosk/other")))?.text()).resolves.toContain("plain");
  });
});

describe("main", () => {
  it("quits at once when another instance holds the lock", async () => {
    fake.lock = false;
    await import("./main");
    const app = fake.apps.at(-1) as { quit: ReturnType<typeof vi.fn> };
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    fake.lock = true;
  });

  it("opens one locked-down kiosk window on our origin and binds every call", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "dist", "renderer"), { recursive: true });
    process.env.TEST_APP_PATH = dir;
    process.env.TEST_USER_DATA = dir;
    process.env.KIOSK_DATA_DIR = join(dir, "data");
    await import("./main");
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const win = FakeBrowserWindow.created[0];
    expect(win?.loaded).toBe(APP_URL);
    // No application menu and no window menu: their accelerators would work even when hidden.
    expect(fake.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(win?.menuRemoved).toBe(true);
    expect(win?.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
      },
    });
    const { ipcMain } = (await import("electron")) as unknown as { ipcMain: FakeIpcMain };
    await vi.waitFor(() => expect(ipcMain.handlers.size).toBe(callNames.length));
    // The window opened before the runtime booted; the page's first call boots it and is answered.
    const getStatus = ipcMain.handlers.get(callChannel("getStatus"));
    const status = await getStatus?.({ senderFrame: { url: "app://kiosk/index.html" } }, {});
    expect(status).toMatchObject({ ok: true, result: { shell: "electron" } });
    const app = fake.apps.at(-1) as FakeEmitter;
    app.fire("before-quit");
    delete process.env.KIOSK_DATA_DIR;
  });
});
