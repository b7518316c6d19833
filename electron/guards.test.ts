import { describe, expect, it } from "vitest";
import { FakeWebContents } from "../test/support/fake-electron";
import { guardContents, guardPermissions, isBlockedShortcut } from "./guards";

function guarded(allowedPermissions: string[] | (() => string[]) = []) {
  const contents = new FakeWebContents();
  guardContents(contents as never, { allowedPermissions });
  guardPermissions(contents.session as never, { allowedPermissions });
  return contents;
}

describe("window lockdown", () => {
  it("blocks navigation and redirects away from our own origin", () => {
    const contents = guarded();
    for (const event of ["will-navigate", "will-redirect"]) {
      expect(contents.fire(event, "https://evil.example/")).toBe(true);
      expect(contents.fire(event, "app://evil/index.html")).toBe(true);
      expect(contents.fire(event, "file:///etc/passwd")).toBe(true);
      expect(contents.fire(event, "javascript:alert(1)")).toBe(true);
      expect(contents.fire(event, "app://kiosk/index.html#/catalog")).toBe(false);
    }
  });

  it("denies every new window", () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: "app://kiosk/index.html" })).toEqual({ action: "deny" });
    expect(contents.windowOpenHandler?.({ url: "https://evil.example" })).toEqual({ action: "deny" });
  });

  it("suppresses the context menu and webviews, locks pinch zoom and closes DevTools", () => {
    const contents = guarded();
    expect(contents.fire("context-menu")).toBe(true);
    expect(contents.fire("will-attach-webview")).toBe(true);
    expect(contents.zoomLimits).toEqual([1, 1]);
    contents.fire("devtools-opened");
    expect(contents.devToolsClosed).toBe(1);
  });

  it("blocks DevTools, reload and zoom shortcuts but not typing", () => {
    const key = (
      k: string,
      mods: Partial<{ control: boolean; shift: boolean; alt: boolean; meta: boolean }> = {},
    ) => ({
      key: k,
      control: false,
      shift: false,
      alt: false,
      meta: false,
      ...mods,
    });
    expect(isBlockedShortcut(key("F12"))).toBe(true);
    expect(isBlockedShortcut(key("I", { control: true, shift: true }))).toBe(true);
    expect(isBlockedShortcut(key("r", { control: true }))).toBe(true);
    expect(isBlockedShortcut(key("=", { control: true }))).toBe(true);
    expect(isBlockedShortcut(key("ArrowLeft", { alt: true }))).toBe(true);
    for (const combo of [
      key("f", { control: true }),
      key("u", { control: true }),
      key("q", { meta: true }),
      key("Tab", { control: true }),
      key("Home", { alt: true }),
      key("R", { control: true, shift: true }),
      key("F1"),
      key("F24"),
      key("BrowserBack"),
      key("BrowserRefresh"),
      key("ContextMenu"),
    ]) {
      expect(isBlockedShortcut(combo)).toBe(true);
    }
    expect(isBlockedShortcut(key("A", { shift: true }))).toBe(false);
    expect(isBlockedShortcut(key("Enter"))).toBe(false);
    expect(isBlockedShortcut(key("f"))).toBe(false);
    expect(isBlockedShortcut(key("a"))).toBe(false);
    expect(isBlockedShortcut(key("5"))).toBe(false);
    const contents = guarded();
    expect(contents.fire("before-input-event", key("F12"))).toBe(true);
    expect(contents.fire("before-input-event", key("x"))).toBe(false);
  });

  it("denies permissions except those config names, and only to our page", () => {
    const ask = (contents: FakeWebContents, permission: string, requestingUrl = "app://kiosk/index.html") =>
      new Promise<boolean>((resolve) => {
        contents.session.requestHandler?.(contents, permission, resolve, { requestingUrl });
      });
    return (async () => {
      const plain = guarded();
      expect(await ask(plain, "media")).toBe(false);
      expect(await ask(plain, "geolocation")).toBe(false);
      expect(plain.session.checkHandler?.(plain, "media", "null", { requestingUrl: "app://kiosk/" })).toBe(
        false,
      );
      const withCamera = guarded(["media"]);
      expect(await ask(withCamera, "media")).toBe(true);
      expect(await ask(withCamera, "media", "https://evil.example/")).toBe(false);
      expect(await ask(withCamera, "notifications")).toBe(false);
      expect(
        withCamera.session.checkHandler?.(withCamera, "media", "null", { requestingUrl: "app://kiosk/" }),
      ).toBe(true);
      // Named by a config that loads after the window opened: read at each request.
      let fromConfig: string[] = [];
      const later = guarded(() => fromConfig);
      expect(await ask(later, "media")).toBe(false);
      fromConfig = ["media"];
      expect(await ask(later, "media")).toBe(true);
    })();
  });
});
