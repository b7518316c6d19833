/**
 * The fleet table: counts from /v1/fleet/summary, one page of kiosks at a time from
 * /v1/fleet/kiosks (cursor-paged), filtered on the server by district, site, status and version.
 */
import { type SyntheticEvent, useContext, useState } from "react";
import { api, field, path } from "../api";
import { formatTime, LangContext, paperText, useT } from "../i18n";
import { Badge, Empty, Show } from "../parts";
import { type FleetKiosk, FleetKiosksReply, FleetSummary } from "../replies";
import { ROUTES } from "../routes";
import { href } from "../use-hash";
import { useLoad } from "../use-load";

const PAGE = 50;
interface Filters {
  district: string;
  site: string;
  status: string;
  version: string;
}
const NONE: Filters = { district: "", site: "", status: "", version: "" };

export function FleetPage() {
  const t = useT();
  const lang = useContext(LangContext);
  const [filters, setFilters] = useState<Filters>(NONE);
  // The cursors of the pages before this one, so "first page" and "next" both work.
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [summary] = useLoad(() => api(FleetSummary, "GET", ROUTES.fleetSummary), "summary");
  const [list] = useLoad(
    () =>
      api(
        FleetKiosksReply,
        "GET",
        path(ROUTES.fleetKiosks, {}, { ...filters, limit: String(PAGE), after: cursor }),
      ),
    JSON.stringify([filters, cursor]),
  );

  const apply = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: keyof Filters) => field(f, k).trim();
    setFilters({
      district: get("district"),
      site: get("site"),
      status: get("status"),
      version: get("version"),
    });
    setCursor(undefined);
  };

  return (
    <>
      <h2>{t("fleet")}</h2>
      <Show loaded={summary}>
        {(s) => (
          <ul className="counts">
            <li>
              <strong>{s.kiosks}</strong> {t("total")}
            </li>
            <li className="ok">
              <strong>{s.online}</strong> {t("online")}
            </li>
            <li className="bad">
              <strong>{s.offline}</strong> {t("offline")}
            </li>
            <li className="warn">
              <strong>{s.attention}</strong> {t("attention")}
            </li>
            <li>
              <strong>{s.never}</strong> {t("never")}
            </li>
          </ul>
        )}
      </Show>
      <form className="filters" id="filters" onSubmit={apply}>
        <label>
          {t("district")}
          <input name="district" defaultValue={filters.district} />
        </label>
        <label>
          {t("site")}
          <input name="site" defaultValue={filters.site} />
        </label>
        <label>
          {t("status")}
          <select name="status" defaultValue={filters.status}>
            <option value="">{t("any")}</option>
            <option value="online">{t("online")}</option>
            <option value="offline">{t("offline")}</option>
            <option value="attention">{t("attention")}</option>
            <option value="never">{t("never")}</option>
          </select>
        </label>
        <label>
          {t("version")}
          <input name="version" defaultValue={filters.version} />
        </label>
        <button type="submit">{t("filter")}</button>
      </form>
      <Show loaded={list}>
        {(page) => (
          <>
            {page.kiosks.length === 0 ? (
              <Empty />
            ) : (
              <table id="kiosks">
                <thead>
                  <tr>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("site")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("version")}</th>
                    <th scope="col">{t("paper")}</th>
                    <th scope="col">{t("outbox")}</th>
                    <th scope="col">{t("lastSeen")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.kiosks.map((k) => (
                    <Row key={k.id} k={k} lastSeen={formatTime(k.lastSeen, lang)} />
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
                id="next"
                disabled={page.next === null || page.next === undefined}
                onClick={() => setCursor(page.next ?? undefined)}
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

function Row({ k, lastSeen }: { k: FleetKiosk; lastSeen: string }) {
  const t = useT();
  const paper = paperText(t, k.health?.devices.printer?.paper);
  return (
    <tr>
      <td>
        <a href={href("kiosk", k.id)}>{k.name}</a>
      </td>
      <td>{k.site ?? "—"}</td>
      <td>
        {k.revokedAt !== null && k.revokedAt !== undefined ? (
          <Badge tone="muted">{t("revoked")}</Badge>
        ) : k.lastSeen === null ? (
          <Badge tone="muted">{t("never")}</Badge>
        ) : k.online ? (
          <Badge tone="ok">{t("online")}</Badge>
        ) : (
          <Badge tone="bad">{t("offline")}</Badge>
        )}
      </td>
      <td>{k.health?.appVersion ?? "—"}</td>
      <td>{paper}</td>
      <td>{k.health?.outboxDepth ?? "—"}</td>
      <td>{lastSeen}</td>
    </tr>
  );
}
