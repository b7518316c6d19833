import { afterEach, describe, expect, it } from "vitest";
import { TicketPreview } from "../../../kiosk-config/layouts/model";
import { layoutSamples } from "../../../kiosk-config/layouts/samples";
import { PrinterService, type PrinterServiceStatus } from "./printer-service";

let service: PrinterService | null = null;
afterEach(async () => {
  await service?.stop();
  service = null;
});

function until(
  svc: PrinterService,
  test: (s: PrinterServiceStatus) => boolean,
): Promise<PrinterServiceStatus> {
  return new Promise((resolve) => {
    if (test(svc.status())) {
      resolve(svc.status());
      return;
    }
    const off = svc.on("status-changed", (s) => {
      if (!test(s)) return;
      off();
      resolve(s);
    });
  });
}

describe("PrinterService with the built-in virtual printer", () => {
  it("starts online and prints every layout, confirmed by the printer", async () => {
    service = new PrinterService({ port: "sim" });
    expect(service.status().state).toBe("starting");
    await service.start();
    expect(service.status()).toEqual({
      connection: "sim",
      state: "online",
      port: "built-in simulator",
      paper: "ok",
      coverOpen: false,
    });
    for (const id of ["queue-ticket", "submission-receipt", "query-printout", "certificate"] as const) {
      const result = await service.print(id, layoutSamples[id]);
      expect(result).toMatchObject({ ok: true });
    }
    const tickets = service.simulator!.recentTickets();
    expect(tickets).toHaveLength(4);
    expect(tickets[0]!.lines).toContainEqual(
      expect.objectContaining({ kind: "text", text: "A023", width: 3 }),
    );
    expect(tickets[1]!.lines).toContainEqual(
      expect.objectContaining({ kind: "barcode", data: "FZ-20261127-000123" }),
    );
  });

  it("the preview shows the same text lines the printer prints", async () => {
    service = new PrinterService({ port: "sim", paperWidthMm: 58 });
    await service.start();
    const preview = service.preview("query-printout", layoutSamples["query-printout"]);
    expect(preview.cellsPerLine).toBe(32);
    expect(TicketPreview.parse(JSON.parse(JSON.stringify(preview)))).toEqual(preview);
    await service.print("query-printout", layoutSamples["query-printout"]);
    const printed = service
      .simulator!.recentTickets()[0]!
      .lines.filter((l) => l.kind === "text")
      .map((l) => l.text);
    const previewed = preview.lines.filter((l) => l.kind === "text").map((l) => l.text);
    expect(printed).toEqual(previewed);
  });

  it("reports paper out and cover open to listeners and refuses to print, in plain words", async () => {
    service = new PrinterService({ port: "sim" });
    await service.start();
    service.simulator!.setPaper("out");
    expect(await until(service, (s) => s.paper === "out")).toMatchObject({
      state: "error",
      lastError: "paper out",
    });
    const result = await service.print("queue-ticket", layoutSamples["queue-ticket"]);
    expect(result).toMatchObject({ ok: false, reason: "paper-out" });
    expect(result.ok ? "" : `${result.zh} ${result.en}`).toMatch(/缺纸.*out of paper/);
    service.simulator!.setPaper("ok");
    service.simulator!.setCoverOpen(true);
    expect(await until(service, (s) => s.coverOpen)).toMatchObject({
      state: "error",
      lastError: "cover open",
    });
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({
      ok: false,
      reason: "cover-open",
    });
    service.simulator!.setCoverOpen(false);
    expect(await until(service, (s) => s.state === "online")).toMatchObject({
      paper: "ok",
      coverOpen: false,
    });
  });

  it("paper near-end still prints and is shown", async () => {
    service = new PrinterService({ port: "sim" });
    await service.start();
    service.simulator!.setPaper("near-end");
    expect(await until(service, (s) => s.paper === "near-end")).toMatchObject({ state: "online" });
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
  });

  it("goes offline when the virtual printer is unplugged and recovers when it returns", async () => {
    service = new PrinterService({ port: "sim", reconnectIntervalMs: 20 });
    await service.start();
    await service.simulator!.disconnect();
    expect((await until(service, (s) => s.state === "offline")).lastError).toMatch(/disconnected|unplugged/);
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({
      ok: false,
      reason: "offline",
    });
    service.simulator!.reconnect();
    await until(service, (s) => s.state === "online");
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
  });

  it("rejects layout data that does not fit, naming the field", async () => {
    service = new PrinterService({ port: "sim" });
    await service.start();
    await expect(service.print("queue-ticket", { ticketNumber: "A023" })).rejects.toThrow(/serviceName/);
  });

  it("names a bad option", () => {
    expect(() => new PrinterService({ port: "sim", baudRate: 12 })).toThrow(/printer option baudRate/);
    expect(() => new PrinterService({ port: "" })).toThrow(/printer option port/);
  });

  it("a device that cannot be opened is offline with the reason, not a crash", async () => {
    service = new PrinterService({ port: "/nonexistent/ttyPRN0", reconnectIntervalMs: 10_000 });
    await service.start();
    expect(service.status()).toMatchObject({ connection: "serial", state: "offline" });
    expect(service.status().lastError).toContain("cannot open");
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({
      ok: false,
      reason: "offline",
    });
  });

  it("a printer that falls silent (powered off, cable in) goes offline on the next probe and comes back", async () => {
    service = new PrinterService({ port: "sim", statusPollMs: 100, queryTimeoutMs: 100 });
    await service.start();
    service.simulator!.setPowered(false);
    const silent = await until(
      service,
      (s) => s.state === "offline" && /did not answer/.test(s.lastError ?? ""),
    );
    expect(silent.lastError).toMatch(/DLE EOT/);
    service.simulator!.setPowered(true);
    await until(service, (s) => s.state === "online");
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
  });

  it("recovers from a recoverable printer error by itself (DLE ENQ 2)", async () => {
    service = new PrinterService({ port: "sim", statusPollMs: 100 });
    await service.start();
    service.simulator!.setError("autocutter");
    await until(service, (s) => s.lastError === "printer error: autocutter");
    expect(await until(service, (s) => s.state === "online")).toMatchObject({ paper: "ok" });
  });

  it("an unrecoverable error stays an error and blocks printing", async () => {
    service = new PrinterService({ port: "sim", statusPollMs: 100 });
    await service.start();
    service.simulator!.setError("unrecoverable");
    await until(service, (s) => s.lastError === "printer error: unrecoverable");
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({
      ok: false,
      reason: "error",
    });
    expect(service.status().state).toBe("error");
  });

  it("a job the printer never confirms ends as timeout, and is cancelled rather than printed late", async () => {
    service = new PrinterService({ port: "sim", jobTimeoutMs: 200, statusPollMs: 60_000 });
    await service.start();
    service.simulator!.setSpeed(2); // 2 mm/s: the ticket would take about a minute
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({
      ok: false,
      reason: "timeout",
    });
    service.simulator!.setSpeed("fast");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.simulator!.recentTickets()).toEqual([]);
  });

  it("a 2-byte-only printer font gets □ for 4-byte characters, and the technician is told", async () => {
    const warnings: string[] = [];
    service = new PrinterService({ port: "sim", charset: "gb18030-2byte", warn: (m) => warnings.push(m) });
    await service.start();
    const data = { ...layoutSamples["query-printout"], rows: [{ label: "姓名", value: "林𠀀" }] };
    expect(await service.print("query-printout", data)).toMatchObject({ ok: true });
    const text = service
      .simulator!.recentTickets()[0]!
      .lines.flatMap((l) => (l.kind === "text" ? [l.text] : []));
    expect(text.some((t) => t.includes("林□"))).toBe(true);
    expect(warnings).toEqual(["printer font lacks U+20000; printed □ instead (query-printout)"]);
  });

  it("confirms jobs by process ID where the printer supports it", async () => {
    service = new PrinterService({ port: "sim", completion: "process-id" });
    await service.start();
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
    expect(service.simulator!.recentTickets()).toHaveLength(2);
  });
});
