/**
 * One kiosk: its devices, outbox and parked items (latest heartbeat), desired vs reported config
 * (layers, digest, where each value comes from), remote requests, device-state history and support
 * packets.
 */
import { useContext } from "react";
import { api, path } from "../api";
import { formatTime, LangContext, paperText, useT } from "../i18n";
import { Badge, Empty, Json, Show } from "../parts";
import { Heartbeats, Health, KioskConfig, type Role, SupportPackets } from "../replies";
import { FLEET_ROUTES, ROUTES, SUPPORT_ROUTES } from "../routes";
import { href } from "../use-hash";
import { useLoad } from "../use-load";
import { KioskActions } from "./kiosk-actions";
import { KioskRequestsSection } from "./kiosk-requests";

export function KioskPage({ id, role }: { id: string; role: Role }) {
  const t = useT();
  const lang = useContext(LangContext);
  const canWrite = role !== "viewer";
  const [config, reloadConfig] = useLoad(
    () => api(KioskConfig, "GET", path(FLEET_ROUTES.kioskConfig, { id })),
    id,
  );
  const [history, reloadHistory] = useLoad(
    () => api(Heartbeats, "GET", path(ROUTES.fleetKioskHeartbeats, { id }, { limit: "50" })),
    id,
  );
  const [packets, reloadPackets] = useLoad(
    () =>
      canWrite
        ? api(SupportPackets, "GET", path(SUPPORT_ROUTES.fleetSupportPackets, {}, { limit: "200" }))
        : Promise.resolve({ packets: [] }),
    `${id}|${String(canWrite)}`,
  );

  return (
    <>
      <p>
        <a href={href("fleet")}>← {t("back")}</a>
      </p>
      <h2>
        {t("kiosk")} <code>{id}</code>
      </h2>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            reloadConfig();
            reloadHistory();
          }}
        >
          {t("refresh")}
        </button>
      </div>
      {/* The latest heartbeat is the newest entry of the device-state history. */}
      <section aria-labelledby="k-devices">
        <h3 id="k-devices">{t("devices")}</h3>
        <Show loaded={history}>
          {(h) => {
            const latest = h.heartbeats[0];
            const health = latest === undefined ? null : Health.safeParse(latest.health);
            if (health === null || !health.success) return <Empty />;
            const d = health.data;
            return (
              <>
                <ul className="counts">
                  <li>
                    <strong>{d.outboxDepth}</strong> {t("outbox")}
                  </li>
                  <li className={(d.parkedCount ?? 0) > 0 ? "warn" : undefined}>
                    <strong>{d.parkedCount ?? 0}</strong> {t("parked")}
                  </li>
                  <li>
                    <strong>{d.appVersion}</strong> {t("version")}
                  </li>
                </ul>
                <table id="devices">
                  <thead>
                    <tr>
                      <th scope="col">{t("device")}</th>
                      <th scope="col">{t("state")}</th>
                      <th scope="col">{t("paper")}</th>
                      <th scope="col">{t("lastError")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(d.devices).map(([name, dev]) => (
                      <tr key={name}>
                        <td>{name}</td>
                        <td>
                          <Badge tone={dev.state === "ok" ? "ok" : dev.state === "error" ? "bad" : "warn"}>
                            {dev.state}
                          </Badge>
                        </td>
                        <td>{paperText(t, dev.paper)}</td>
                        <td>{dev.lastError ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            );
          }}
        </Show>
      </section>
      <section aria-labelledby="k-config">
        <h3 id="k-config">{t("config")}</h3>
        <Show loaded={config}>
          {(c) => (
            <>
              <table id="config-state">
                <thead>
                  <tr>
                    <th scope="col" />
                    <th scope="col">{t("desired")}</th>
                    <th scope="col">{t("reported")}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t("config")}</th>
                    <td>v{c.desired.configVersion}</td>
                    <td>
                      v{c.reported.configVersion ?? "—"} {c.reported.configState ?? ""}{" "}
                      {c.compliant.config ? (
                        <Badge tone="ok">{t("compliant")}</Badge>
                      ) : (
                        <Badge tone="warn">{t("drift")}</Badge>
                      )}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t("digest")}</th>
                    <td>
                      <code>{c.desired.configDigest?.slice(0, 16) ?? "—"}</code>
                    </td>
                    <td>
                      <code>{c.reported.configDigest?.slice(0, 16) ?? "—"}</code>
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t("version")}</th>
                    <td>{c.desired.appVersion ?? "—"}</td>
                    <td>
                      {c.reported.appVersion ?? "—"}{" "}
                      {c.compliant.app ? (
                        <Badge tone="ok">{t("compliant")}</Badge>
                      ) : (
                        <Badge tone="warn">{t("drift")}</Badge>
                      )}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t("placement")}</th>
                    <td colSpan={2} id="kiosk-placement">
                      {c.district ?? "—"} / {c.site ?? "—"}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t("lastSeen")}</th>
                    <td colSpan={2}>{formatTime(c.reported.lastSeen, lang)}</td>
                  </tr>
                </tbody>
              </table>
              <h4>{t("configLayers")}</h4>
              {c.desired.layers.length === 0 ? (
                <Empty />
              ) : (
                <ul id="layers-in-effect">
                  {c.desired.layers.map((l) => (
                    <li key={l.layer}>
                      <a href={href("layers", l.layer)}>{l.layer}</a> v{l.version}
                    </li>
                  ))}
                </ul>
              )}
              <h4>{t("sources")}</h4>
              {Object.keys(c.desired.sources).length === 0 ? <Empty /> : <Json value={c.desired.sources} />}
            </>
          )}
        </Show>
      </section>
      {config.state === "ok" && (
        <KioskActions
          id={id}
          role={role}
          district={config.data.district}
          site={config.data.site}
          onChanged={reloadConfig}
        />
      )}
      <KioskRequestsSection id={id} role={role} onDone={reloadPackets} />
      <section aria-labelledby="k-history">
        <h3 id="k-history">{t("history")}</h3>
        <Show loaded={history}>
          {(h) =>
            h.heartbeats.length === 0 ? (
              <Empty />
            ) : (
              <table id="history">
                <thead>
                  <tr>
                    <th scope="col">{t("receivedAt")}</th>
                    <th scope="col">{t("devices")}</th>
                  </tr>
                </thead>
                <tbody>
                  {h.heartbeats.map((b) => {
                    const parsed = Health.safeParse(b.health);
                    return (
                      <tr key={b.receivedAt}>
                        <td>{formatTime(b.receivedAt, lang)}</td>
                        <td>
                          {parsed.success
                            ? Object.entries(parsed.data.devices)
                                .map(
                                  ([n, d]) =>
                                    `${n}: ${d.state}${d.paper === undefined ? "" : ` (${paperText(t, d.paper)})`}`,
                                )
                                .join(", ")
                            : "—"}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )
          }
        </Show>
      </section>
      <section aria-labelledby="k-support">
        <h3 id="k-support">{t("supportPackets")}</h3>
        {!canWrite ? (
          <p className="muted">{t("supportNeedsOperator")}</p>
        ) : (
          <Show loaded={packets}>
            {(p) => {
              const mine = p.packets.filter((x) => x.kioskId === id);
              return mine.length === 0 ? (
                <Empty />
              ) : (
                <table id="packets">
                  <thead>
                    <tr>
                      <th scope="col">{t("receivedAt")}</th>
                      <th scope="col">{t("size")}</th>
                      <th scope="col">{t("note")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((x) => (
                      <tr key={x.id}>
                        <td>{formatTime(x.receivedAt, lang)}</td>
                        <td>{Math.ceil(x.sizeBytes / 1024)} KB</td>
                        <td>{x.note ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            }}
          </Show>
        )}
      </section>
    </>
  );
}
