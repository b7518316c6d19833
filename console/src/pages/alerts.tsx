/** Alerts the service raised (paper, cover, reader, silent kiosks, outbox, drift, query limits). */
import { useContext, useState } from "react";
import { api, path } from "../api";
import { formatTime, LangContext, useT } from "../i18n";
import { Badge, Empty, Show } from "../parts";
import { Alerts } from "../replies";
import { ROUTES } from "../routes";
import { href } from "../use-hash";
import { useLoad } from "../use-load";

export function AlertsPage() {
  const t = useT();
  const lang = useContext(LangContext);
  const [openOnly, setOpenOnly] = useState(true);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [list] = useLoad(
    () =>
      api(
        Alerts,
        "GET",
        path(ROUTES.fleetAlerts, {}, { limit: "100", open: openOnly ? "true" : undefined, cursor }),
      ),
    `${String(openOnly)}|${cursor ?? ""}`,
  );
  return (
    <>
      <h2>{t("alerts")}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={openOnly}
          onChange={(e) => {
            setOpenOnly(e.target.checked);
            setCursor(undefined);
          }}
        />
        {t("openOnly")}
      </label>
      <Show loaded={list}>
        {(l) => (
          <>
            {l.alerts.length === 0 ? (
              <Empty />
            ) : (
              <table id="alerts">
                <thead>
                  <tr>
                    <th scope="col">{t("at")}</th>
                    <th scope="col">{t("kind")}</th>
                    <th scope="col">{t("severity")}</th>
                    <th scope="col">{t("kiosk")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("detail")}</th>
                  </tr>
                </thead>
                <tbody>
                  {l.alerts.map((a) => (
                    <tr key={a.id}>
                      <td>{formatTime(a.at, lang)}</td>
                      <td>{a.kind}</td>
                      <td>
                        <Badge tone={a.severity === "critical" ? "bad" : "warn"}>{a.severity}</Badge>
                      </td>
                      <td>
                        {a.kioskId === null ? (
                          "—"
                        ) : (
                          <a href={href("kiosk", a.kioskId)}>{a.kioskId.slice(0, 8)}</a>
                        )}
                      </td>
                      <td>
                        {a.resolvedAt === null
                          ? t("open")
                          : `${t("resolved")} ${formatTime(a.resolvedAt, lang)}`}
                      </td>
                      <td>
                        <code>{JSON.stringify(a.detail)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className="pager">
              <button type="button" disabled={cursor === undefined} onClick={() => setCursor(undefined)}>
                {t("first")}
              </button>
              <button
                type="button"
                disabled={l.nextCursor === null}
                onClick={() => setCursor(l.nextCursor ?? undefined)}
              >
                {t("next")}
              </button>
            </div>
          </>
        )}
      </Show>
    </>
  );
}
