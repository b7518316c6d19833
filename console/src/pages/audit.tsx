/** The append-only audit trail: who changed what, before and after, newest first. */
import { useContext, useState } from "react";
import { api, path } from "../api";
import { formatTime, LangContext, useT } from "../i18n";
import { Empty, Show } from "../parts";
import { Audit } from "../replies";
import { FLEET_ROUTES } from "../routes";
import { useLoad } from "../use-load";

export function AuditPage() {
  const t = useT();
  const lang = useContext(LangContext);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [list] = useLoad(
    () => api(Audit, "GET", path(FLEET_ROUTES.audit, {}, { limit: "100", cursor })),
    cursor ?? "",
  );
  return (
    <>
      <h2>{t("audit")}</h2>
      <Show loaded={list}>
        {(l) => (
          <>
            {l.entries.length === 0 ? (
              <Empty />
            ) : (
              <table id="audit">
                <thead>
                  <tr>
                    <th scope="col">{t("at")}</th>
                    <th scope="col">{t("actor")}</th>
                    <th scope="col">{t("action")}</th>
                    <th scope="col">{t("detail")}</th>
                  </tr>
                </thead>
                <tbody>
                  {l.entries.map((e) => (
                    <tr key={e.id}>
                      <td>{formatTime(e.at, lang)}</td>
                      <td>{e.actor}</td>
                      <td>{e.action}</td>
                      <td>
                        <code className="wrap">{JSON.stringify(e.detail)}</code>
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
