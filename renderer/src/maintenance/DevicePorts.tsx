import { useCallback, useEffect, useState } from "react";
import type { DeviceKind, DeviceSettings, MaintenanceResult } from "../../../core/api";
import { useKiosk } from "../app/kiosk-context";
import { say } from "./text";

const REFRESH_MS = 2000;

/**
 * Choosing the reader's and printer's port and baud rate. The OS's list refreshes every 2 s, so
 * a device plugged in or pulled out shows up while the technician looks.
 */
export function DevicePorts({
  token,
  locale,
  onResult,
  onLocked,
}: {
  token: string;
  locale: string;
  onResult: (result: MaintenanceResult) => void;
  onLocked: () => void;
}) {
  const { kiosk } = useKiosk();
  const [settings, setSettings] = useState<DeviceSettings | null>(null);
  const refresh = useCallback(() => {
    kiosk.getDeviceSettings({ token }).then(setSettings, onLocked);
  }, [kiosk, token, onLocked]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  if (settings === null) return null;
  return (
    <>
      <h2>{say("ports", locale)}</h2>
      <p className="maintenance__meta" data-testid="seen-ports">
        {say("seenPorts", locale, settings.ports.length)}
        {settings.ports.length > 0 ? `：${settings.ports.map((p) => p.path).join("，")}` : ""}
      </p>
      {(["reader", "printer"] as const).map((device) => (
        <DevicePort
          key={`${device}-${settings[device].port}-${settings[device].baudRate}`}
          device={device}
          settings={settings}
          locale={locale}
          save={(port, baudRate) => {
            kiosk.setDeviceSettings({ token, device, port, baudRate }).then((result) => {
              onResult(result);
              refresh();
            }, onLocked);
          }}
        />
      ))}
    </>
  );
}

function DevicePort({
  device,
  settings,
  locale,
  save,
}: {
  device: DeviceKind;
  settings: DeviceSettings;
  locale: string;
  save: (port: string, baudRate: number) => void;
}) {
  const current = settings[device];
  const [port, setPort] = useState(current.port);
  const [baud, setBaud] = useState(current.baudRate);
  const paths = ["sim", ...settings.ports.map((p) => p.path)];
  if (!paths.includes(current.port)) paths.push(current.port);
  const id = `port-${device}`;
  return (
    <fieldset className="device-port" data-testid={id}>
      <legend>
        {say(device, locale)}（{say(settings.source[device] === "local" ? "fromMenu" : "fromEnv", locale)}）
      </legend>
      <label htmlFor={`${id}-path`}>{say("port", locale)}</label>
      <select id={`${id}-path`} value={port} onChange={(e) => setPort(e.target.value)}>
        {paths.map((p) => (
          <option key={p} value={p}>
            {p === "sim" ? `${say("simulator", locale)} (sim)` : p}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-baud`}>{say("baud", locale)}</label>
      <select id={`${id}-baud`} value={baud} onChange={(e) => setBaud(Number(e.target.value))}>
        {settings.baudRates.map((b) => (
          <option key={b} value={b}>
            {b}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--primary"
        disabled={port === current.port && baud === current.baudRate}
        onClick={() => save(port, baud)}
        data-testid={`${id}-save`}
      >
        {say("save", locale)}
      </button>
    </fieldset>
  );
}
