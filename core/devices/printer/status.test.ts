import { describe, expect, it } from "vitest";
import { fromPrinter, type PrinterServiceStatus, StatusBoard } from "./status";

const healthy = { online: true, paper: "ok", coverOpen: false, error: null } as const;

describe("fromPrinter", () => {
  it("names the one problem that matters most, and the state it puts the printer in", () => {
    expect(fromPrinter(healthy)).toEqual({
      state: "online",
      paper: "ok",
      coverOpen: false,
      lastError: undefined,
    });
    expect(fromPrinter({ ...healthy, paper: "near-end" })).toMatchObject({
      state: "online",
      paper: "near-end",
    });
    expect(fromPrinter({ ...healthy, online: false, coverOpen: true, paper: "out" })).toMatchObject({
      state: "error",
      lastError: "cover open",
    });
    expect(fromPrinter({ ...healthy, paper: "out" })).toMatchObject({
      state: "error",
      lastError: "paper out",
    });
    expect(fromPrinter({ ...healthy, error: "autocutter" })).toMatchObject({
      state: "error",
      lastError: "printer error: autocutter",
    });
    expect(fromPrinter({ ...healthy, online: false })).toMatchObject({
      state: "offline",
      lastError: "printer offline",
    });
  });
});

describe("StatusBoard", () => {
  const initial: PrinterServiceStatus = {
    connection: "sim",
    state: "starting",
    port: "built-in simulator",
    paper: "ok",
    coverOpen: false,
  };

  it("tells listeners only of real changes, and clears the last problem once it is gone", () => {
    const board = new StatusBoard(initial);
    const heard: PrinterServiceStatus[] = [];
    board.on((status) => heard.push(status));
    board.update(fromPrinter({ ...healthy, paper: "out" }));
    board.update(fromPrinter({ ...healthy, paper: "out" }));
    board.update(fromPrinter(healthy));
    expect(heard.map((s) => [s.state, s.lastError])).toEqual([
      ["error", "paper out"],
      ["online", undefined],
    ]);
    expect(board.get()).not.toHaveProperty("lastError");
    board.offline(new Error("no reply to DLE EOT"));
    expect(board.get()).toMatchObject({ state: "offline", lastError: "no reply to DLE EOT" });
  });

  it("hands out copies, so a listener cannot change what the service reports", () => {
    const board = new StatusBoard(initial);
    board.on((status) => {
      status.state = "online";
    });
    board.update({ state: "offline" });
    expect(board.get().state).toBe("offline");
  });
});
