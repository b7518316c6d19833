import { describe, expect, it } from "vitest";
import { EnvError, parseKioskEnv } from "./env";

describe("parseKioskEnv", () => {
  it("runs on embedded defaults with no settings", () => {
    const env = parseKioskEnv({}, "/srv/kiosk");
    expect(env).toEqual({
      shell: "auto",
      port: 5170,
      dataDir: "/srv/kiosk/var/kiosk",
      readerPort: "sim",
      readerBaud: 115200,
      printerPort: "sim",
      printerBaud: 115200,
      centralUrl: undefined,
      enrollmentCode: undefined,
      updateChannel: "stable",
      installRoot: "/opt/efuzhou-kiosk",
    });
  });

  it("reads every KIOSK_ variable", () => {
    const env = parseKioskEnv(
      {
        KIOSK_SHELL: "web",
        KIOSK_PORT: "0",
        KIOSK_DATA_DIR: "/data",
        KIOSK_READER_PORT: "/dev/ttyUSB0",
        KIOSK_READER_BAUD: "9600",
        KIOSK_PRINTER_PORT: "/dev/usb/lp0",
        KIOSK_PRINTER_BAUD: "38400",
        KIOSK_CENTRAL_URL: "https://central.example.cn",
        KIOSK_ENROLLMENT_CODE: "ABCD-1234",
        KIOSK_UPDATE_CHANNEL: "pilot",
        KIOSK_INSTALL_ROOT: "/srv/kiosk",
      },
      "/",
    );
    expect(env).toMatchObject({
      shell: "web",
      port: 0,
      readerBaud: 9600,
      printerBaud: 38400,
      enrollmentCode: "ABCD-1234",
      updateChannel: "pilot",
      installRoot: "/srv/kiosk",
    });
  });

  it("names the variable at fault", () => {
    expect(() => parseKioskEnv({ KIOSK_PORT: "abc" }, "/")).toThrow(EnvError);
    expect(() => parseKioskEnv({ KIOSK_PORT: "abc" }, "/")).toThrow(/KIOSK_PORT/);
    expect(() => parseKioskEnv({ KIOSK_READER_BAUD: "12345" }, "/")).toThrow(/KIOSK_READER_BAUD/);
    expect(() => parseKioskEnv({ KIOSK_CENTRAL_URL: "ftp://x" }, "/")).toThrow(/KIOSK_CENTRAL_URL/);
    expect(() => parseKioskEnv({ KIOSK_UPDATE_CHANNEL: "../stable" }, "/")).toThrow(/KIOSK_UPDATE_CHANNEL/);
    expect(() => parseKioskEnv({ KIOSK_SHELL: "qt" }, "/")).toThrow(/KIOSK_SHELL/);
  });

  it("takes a remote central only over https, plain http only on loopback", () => {
    for (const url of ["http://central.example.cn", "http://10.0.0.5:8480", "http://127.0.0.1.evil.cn"]) {
      expect(() => parseKioskEnv({ KIOSK_CENTRAL_URL: url }, "/")).toThrow(
        /KIOSK_CENTRAL_URL: must be https/,
      );
    }
    for (const url of [
      "https://central.example.cn",
      "http://127.0.0.1:8480",
      "http://localhost:1",
      "http://[::1]:8480",
    ]) {
      expect(parseKioskEnv({ KIOSK_CENTRAL_URL: url }, "/").centralUrl).toBe(url);
    }
  });
});
