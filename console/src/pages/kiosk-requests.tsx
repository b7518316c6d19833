/**
 * 远程请求: what a manager asks one kiosk to do by itself at its next heartbeat (send a support
 * packet, rotate its token), and what became of each request. Operators and admins ask; a viewer
 * sees the list and why the buttons do not work for them. A received packet downloads as JSON.
 */
import { useContext, useEffect, useRef, useState } from "react";
import * as z from "zod";
import { api, type ApiError, path } from "../api";
import { formatTime, LangContext, type TextKey, useT } from "../i18n";
import { Badge, Empty, ErrorText, Show } from "../parts";
import { KioskRequestAsked, type KioskRequest, KioskRequests, type Role } from "../replies";
import { REQUEST_ROUTES, SUPPORT_ROUTES } from "../routes";
import { asApiError, useLoad } from "../use-load";

/** How often the list is read again while a request waits: a kiosk beats about once a minute. */
const POLL_MS = 3_000;

const KIND_TEXT: Record<string, TextKey> = {
  "support-packet": "kindSupportPacket",
  "token-rotation": "kindTokenRotation",
};

/** Saves a packet the manager asked for as a file (the route needs the bearer token, so no plain link). */
async function downloadPacket(kioskId: string, packetId: string): Promise<void> {
  const packet = await api(z.unknown(), "GET", path(SUPPORT_ROUTES.fleetSupportPacket, { id: packetId }));
  const blob = new Blob([JSON.stringify(packet, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `support-packet-${kioskId}-${packetId.slice(0, 8)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function KioskRequestsSection({
  id,
  role,
  onDone,
}: {
  id: string;
  role: Role;
  /** Called when a request is seen done (the page then reads its support packets again). */
  onDone: () => void;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const canAsk = role !== "viewer";
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<TextKey | null>(null);
  // How many were done at the last look: one more means a request finished since.
  const seenDone = useRef<number | null>(null);
  const [list, reload] = useLoad(async () => {
    const reply = await api(
      KioskRequests,
      "GET",
      path(REQUEST_ROUTES.fleetKioskRequests, { id }, { limit: "20" }),
    );
    const done = reply.requests.filter((r) => r.status === "done").length;
    if (seenDone.current !== null && done > seenDone.current) {
      // The note about the last click is old news; the page reads its support packets again.
      setOutcome(null);
      onDone();
    }
    seenDone.current = done;
    return reply;
  }, id);
  const [busy, setBusy] = useState(false);
  const waiting = list.state === "ok" && list.data.requests.some((r) => r.status === "pending");

  // Read again while something waits, so the manager sees it done without pressing refresh.
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, reload]);

  const ask = async (route: string) => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const r = await api(KioskRequestAsked, "POST", path(route, { id }));
      setOutcome(r.created ? "requestSent" : "requestWaiting");
      reload();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const download = async (r: KioskRequest) => {
    if (r.packetId === null) return;
    setError(null);
    try {
      await downloadPacket(id, r.packetId);
    } catch (err) {
      setError(asApiError(err));
    }
  };

  return (
    <section aria-labelledby="k-requests">
      <h3 id="k-requests">{t("remoteRequests")}</h3>
      <p className="muted">{t("remoteHint")}</p>
      <div className="actions">
        <button
          type="button"
          disabled={!canAsk || busy}
          aria-describedby={canAsk ? undefined : "requests-why-not"}
          onClick={() => void ask(REQUEST_ROUTES.fleetKioskRequestSupportPacket)}
        >
          {t("requestPacket")}
        </button>
        <button
          type="button"
          disabled={!canAsk || busy}
          aria-describedby={canAsk ? undefined : "requests-why-not"}
          onClick={() => void ask(REQUEST_ROUTES.fleetKioskRequestTokenRotation)}
        >
          {t("requestRotation")}
        </button>
      </div>
      {!canAsk && (
        <p className="muted" id="requests-why-not">
          {t("requestsNeedOperator")}
        </p>
      )}
      <div aria-live="polite" id="request-outcome">
        {error !== null && <ErrorText error={error} />}
        {outcome !== null && <p className="ok">{t(outcome)}</p>}
      </div>
      <Show loaded={list}>
        {(l) =>
          l.requests.length === 0 ? (
            <Empty />
          ) : (
            <table id="requests">
              <thead>
                <tr>
                  <th scope="col">{t("kind")}</th>
                  <th scope="col">{t("requestedAt")}</th>
                  <th scope="col">{t("requestedBy")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("doneAt")}</th>
                  <th scope="col">{t("packet")}</th>
                </tr>
              </thead>
              <tbody>
                {l.requests.map((r) => {
                  const kind = KIND_TEXT[r.kind];
                  return (
                    <tr key={r.id} data-request={r.kind} data-status={r.status}>
                      <td>{kind === undefined ? r.kind : t(kind)}</td>
                      <td>{formatTime(r.requestedAt, lang)}</td>
                      <td>{r.requestedBy}</td>
                      <td>
                        {r.status === "done" ? (
                          <Badge tone="ok">{t("statusDone")}</Badge>
                        ) : (
                          <Badge tone="warn">{t("statusPending")}</Badge>
                        )}
                      </td>
                      <td>{formatTime(r.doneAt, lang)}</td>
                      <td>
                        {r.packetId === null ? (
                          "—"
                        ) : canAsk ? (
                          <button type="button" className="secondary" onClick={() => void download(r)}>
                            {t("download")}
                          </button>
                        ) : (
                          <span className="muted">{t("downloadNeedsOperator")}</span>
                        )}
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
  );
}
