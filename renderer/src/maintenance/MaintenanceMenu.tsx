import { Check, X } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  DeviceStatus,
  MaintenanceAction,
  MaintenanceReport,
  MaintenanceResult,
} from "../../../core/api";
import { useKiosk } from "../app/kiosk-context";
import { localized } from "../i18n/localized";
import { DevicePorts } from "./DevicePorts";
import { Diagnostics } from "./Diagnostics";
import { ParkedItems } from "./ParkedItems";
import { SupportPacket } from "./SupportPacket";
import { say, type TextKey } from "./text";
import { VirtualDevices } from "./VirtualDevices";

const REFRESH_MS = 2000;

/** Status first, then actions with structured results, then the virtual devices. */
export function MaintenanceMenu({ token, onExit }: { token: string; onExit: () => void }) {
  const { kiosk } = useKiosk();
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const [report, setReport] = useState<MaintenanceReport | null>(null);
  const [result, setResult] = useState<MaintenanceResult | null>(null);
  const [confirmRestart, setConfirmRestart] = useState(false);

  const refresh = useCallback(() => {
    kiosk.getMaintenanceReport({ token }).then(setReport, onExit);
  }, [kiosk, token, onExit]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const run = (action: MaintenanceAction): void => {
    void kiosk.runMaintenanceAction({ token, action }).then((r) => {
      setResult(r);
      refresh();
    }, onExit);
  };

  if (!report) return <section className="maintenance" aria-busy="true" />;
  const { status } = report;
  return (
    <section className="maintenance" aria-labelledby="maintenance-title">
      <header className="maintenance__header">
        <h1 id="maintenance-title">{say("title", locale)}</h1>
        <button
          type="button"
          className="button button--primary"
          onClick={onExit}
          data-testid="maintenance-exit"
        >
          {say("exit", locale)}
        </button>
      </header>

      {report.alerts.length > 0 && (
        <>
          <h2>{say("alerts", locale)}</h2>
          <ul className="plain-list" data-testid="maintenance-alerts">
            {report.alerts.map((a) => (
              <li key={a.code} className="check check--fail">
                {a.at} · {locale === "en" ? a.message.en : a.message["zh-CN"]}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{say("devices", locale)}</h2>
      <ul className="check-list">
        <DeviceRow label={say("reader", locale)} device={status.devices.reader} locale={locale} />
        <DeviceRow label={say("printer", locale)} device={status.devices.printer} locale={locale} />
        <li className={status.online ? "check check--pass" : "check check--fail"}>
          <strong>
            <PassMark ok={status.online} /> {say("network", locale)}
          </strong>
          <span>
            {status.online ? say("online", locale) : say("offline", locale)} ·{" "}
            {say("outbox", locale, report.outbox.depth)}
          </span>
        </li>
      </ul>
      <p className="maintenance__meta">
        {say("versions", locale)}：程序 app {status.versions.app} · 配置 config {status.versions.config} ·
        目录 catalog {status.versions.catalog} · {status.kioskId}
      </p>

      <Diagnostics token={token} locale={locale} onLocked={onExit} />

      <h2>{say("actions", locale)}</h2>
      <div className="action-row">
        <button type="button" className="button button--secondary" onClick={() => run({ kind: "sync-now" })}>
          {say("syncNow", locale)}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => run({ kind: "test-print" })}
        >
          {say("testPrint", locale)}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => run({ kind: "printer-cut-test" })}
        >
          {say("cutTest", locale)}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => run({ kind: "config-rollback" })}
          data-testid="config-rollback"
        >
          {say("rollback", locale)}
        </button>
        <button
          type="button"
          className={confirmRestart ? "button button--danger" : "button button--secondary"}
          onClick={() => {
            if (confirmRestart) run({ kind: "restart-app" });
            setConfirmRestart(!confirmRestart);
          }}
          data-testid="restart-app"
        >
          {say(confirmRestart ? "confirmRestart" : "restart", locale)}
        </button>
      </div>
      {result && (
        <p
          className={result.ok ? "check check--pass" : "check check--fail"}
          role="status"
          data-testid="maintenance-result"
        >
          <PassMark ok={result.ok} /> {localized(result.message, locale)}
        </p>
      )}

      <SupportPacket token={token} locale={locale} onLocked={onExit} />

      <DevicePorts token={token} locale={locale} onResult={setResult} onLocked={onExit} />

      <ParkedItems parked={report.outbox.parked} locale={locale} run={run} />

      {report.outbox.rejected.length > 0 && (
        <>
          <h2>{say("rejected", locale)}</h2>
          <ul className="plain-list">
            {report.outbox.rejected.map((r) => (
              <li key={`${r.serviceId}-${r.at}`}>
                {r.at} · {r.serviceId} · {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}

      {report.payments.length > 0 && (
        <>
          <h2>{say("payments", locale)}</h2>
          <ul className="plain-list" data-testid="maintenance-payments">
            {report.payments.map((p) => (
              <li key={p.orderId} data-testid="maintenance-payment" data-state={p.state}>
                {p.createdAt} · {p.serviceId} · {(p.amountFen / 100).toFixed(2)} · {p.state}
                {p.transactionNo === null ? "" : ` · ${p.transactionNo}`}
              </li>
            ))}
          </ul>
        </>
      )}

      {(report.simulated.reader || report.simulated.printer) && (
        <VirtualDevices simulated={report.simulated} locale={locale} run={run} />
      )}

      <h2>{say("tickets", locale)}</h2>
      {report.recentTickets.length === 0 && <p>{say("none", locale)}</p>}
      <div className="ticket-strip">
        {report.recentTickets.map((t, i) => (
          <pre key={`${String(i)}-${t.text.length}`} className="ticket-text" data-testid="recent-ticket">
            {t.text}
          </pre>
        ))}
      </div>
    </section>
  );
}

/** How core names a device on its built-in simulator (core/devices), shown in the menu's language. */
const SIMULATOR_PORT = "built-in simulator";

const STATE_WORDS: Record<DeviceStatus["state"], TextKey> = {
  online: "stateOnline",
  offline: "stateOffline",
  error: "stateError",
  starting: "stateStarting",
  unconfigured: "stateUnconfigured",
};
const PAPER_WORDS = { ok: "paperOk", "near-end": "paperNearEnd", out: "paperOut" } as const;

function DeviceRow({ label, device, locale }: { label: string; device: DeviceStatus; locale: string }) {
  const ok = device.state === "online" && device.paper !== "out" && device.coverOpen !== true;
  const extra = [
    device.paper ? say(PAPER_WORDS[device.paper], locale) : "",
    device.coverOpen ? say("coverOpen", locale) : "",
    device.lastError ?? "",
  ]
    .filter((s) => s !== "")
    .join(" · ");
  return (
    <li className={ok ? "check check--pass" : "check check--fail"}>
      <strong>
        <PassMark ok={ok} /> {label}
      </strong>
      <span>
        {say(STATE_WORDS[device.state], locale)} ·{" "}
        {device.port === SIMULATOR_PORT
          ? say("builtInSimulator", locale)
          : (device.port ?? device.connection)}
        {extra ? ` · ${extra}` : ""}
      </span>
    </li>
  );
}

/** A tick or a cross beside words that say the same: drawn, so it needs no fallback font. */
function PassMark({ ok }: { ok: boolean }) {
  const Mark = ok ? Check : X;
  return <Mark className="pass-mark" aria-hidden="true" size="1em" strokeWidth={3} />;
}
