import { describe, expect, it } from "vitest";
import { listCandidates } from "./probe";

describe("listCandidates", () => {
  it("lists serial ports and HID devices with VID:PID and known models", async () => {
    const list = await listCandidates({
      listSerial: () =>
        Promise.resolve([
          { path: "/dev/ttyUSB0", vendorId: "1a86", productId: "7523", manufacturer: "QinHeng" },
          { path: "/dev/ttyS0" },
        ]),
      listHid: () =>
        Promise.resolve([
          {
            vendorId: 0x10c4,
            productId: 0x0007,
            path: "/dev/hidraw1",
            product: "IDCard",
            release: 1,
            interface: 0,
          },
          { vendorId: 0x046d, productId: 0xc31c, path: "/dev/hidraw0", release: 1, interface: 0 },
          { vendorId: 0x0483, productId: 0x572b, release: 1, interface: 0 },
        ]),
    });
    expect(list).toEqual([
      { kind: "serial", path: "/dev/ttyUSB0", usbId: "1A86:7523", manufacturer: "QinHeng" },
      { kind: "serial", path: "/dev/ttyS0" },
      {
        kind: "hid",
        path: "/dev/hidraw1",
        usbId: "10C4:0007",
        product: "IDCard",
        knownModel: "Miaxis MR-300/MR-860",
      },
      { kind: "hid", path: "/dev/hidraw0", usbId: "046D:C31C" },
    ]);
  });

  it("survives an enumeration that fails", async () => {
    const list = await listCandidates({
      listSerial: () => Promise.reject(new Error("no udev")),
      listHid: () => Promise.reject(new Error("no hidraw")),
    });
    expect(list).toEqual([]);
  });

  it("runs against the real OS enumeration without throwing", async () => {
    const list = await listCandidates();
    for (const c of list) expect(["serial", "hid"]).toContain(c.kind);
  });
});
