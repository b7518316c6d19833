/**
 * A fake of the parts of `electron` the shell uses. The Electron binary cannot be downloaded on
 * the build machines, so the shell's glue is tested against this (docs/architecture.md "Two shells").
 * Imported by electron/*.test.ts, directly or through vi.mock("electron").
 */
type Handler = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly handlers = new Map<string, Handler[]>();
  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  once(event: string, handler: Handler): this {
    return this.on(event, handler);
  }
  /** Fires an event the way Electron would, returning whether a handler prevented the default. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true) };
    for (const handler of this.handlers.get(event) ?? []) handler(e, ...args);
    return prevented;
  }
}

export class FakeSession {
  requestHandler: Handler | null = null;
  checkHandler: Handler | null = null;
  setPermissionRequestHandler(handler: Handler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.checkHandler = handler;
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly session = new FakeSession();
  windowOpenHandler: Handler | null = null;
  zoomLimits: [number, number] | null = null;
  reloads = 0;
  devToolsClosed = 0;
  readonly sent: unknown[][] = [];
  url = "app://kiosk/index.html";
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  reload(): void {
    this.reloads++;
  }
  /** As Electron does: the renderer dies and "render-process-gone" follows with reason "killed". */
  forcefullyCrashRenderer(): void {
    this.fire("render-process-gone", { reason: "killed", exitCode: 9 });
  }
  closeDevTools(): void {
    this.devToolsClosed++;
  }
  getURL(): string {
    return this.url;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  menuRemoved = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  removeMenu(): void {
    this.menuRemoved = true;
  }
  focus(): void {
    return undefined;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
