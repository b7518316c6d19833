/** Rollouts: each with its progress per group and the manager's pause / resume / cancel / roll back. */
import { useContext, useState } from "react";
import { api, type ApiError, path } from "../api";
import { formatTime, LangContext, useT } from "../i18n";
import { Badge, Empty, ErrorText, Show } from "../parts";
import { Rollout, Rollouts } from "../replies";
import { FLEET_ROUTES } from "../routes";
import { asApiError, useLoad } from "../use-load";

type Action = "pause" | "resume" | "cancel" | "rollback";
/** What a manager may do to a rollout in each status (the service refuses anything else). */
const ACTIONS: Readonly<Record<string, readonly Action[]>> = {
  running: ["pause", "cancel", "rollback"],
  paused: ["resume", "cancel", "rollback"],
  completed: ["rollback"],
};

export function RolloutsPage({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const [round, setRound] = useState(0);
  const [list, reload] = useLoad(
    () => api(Rollouts, "GET", path(FLEET_ROUTES.rollouts, {}, { limit: "50" })),
    "rollouts",
  );
  return (
    <>
      <h2>{t("rollouts")}</h2>
      {/* Kiosks report on their heartbeat: a manager watching a rollout asks again when ready. */}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setRound((n) => n + 1);
            reload();
          }}
        >
          {t("refresh")}
        </button>
      </div>
      <Show loaded={list}>
        {(l) =>
          l.rollouts.length === 0 ? (
            <Empty />
          ) : (
            <ol className="rollouts" id="rollouts">
              {l.rollouts.map((r) => (
                <RolloutCard key={r.id} id={r.id} round={round} canWrite={canWrite} onChanged={reload} />
              ))}
            </ol>
          )
        }
      </Show>
    </>
  );
}

function RolloutCard({
  id,
  round,
  canWrite,
  onChanged,
}: {
  id: string;
  /** bumped by 刷新, so every card counts its progress again */
  round: number;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  // The single-rollout route counts progress per group (and moves the rollout on first).
  const [one, reload] = useLoad(
    () => api(Rollout, "GET", path(FLEET_ROUTES.rollout, { id })),
    `${id}|${String(round)}`,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const act = async (action: Action) => {
    setError(null);
    try {
      await api(Rollout, "POST", path(FLEET_ROUTES.rolloutAction, { id, action }), {});
      reload();
      onChanged();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <li className="card" data-rollout={id}>
      <Show loaded={one}>
        {(r) => {
          const actions = ACTIONS[r.status] ?? [];
          return (
            <>
              <h3>
                {r.kind === "config"
                  ? `${r.layer} v${r.configVersion ?? "?"}`
                  : `${r.layer} → ${r.appVersion ?? "?"}`}{" "}
                <Badge
                  tone={
                    r.status === "running" || r.status === "completed"
                      ? "ok"
                      : r.status === "paused"
                        ? "warn"
                        : "bad"
                  }
                >
                  <span className="rollout-status">{r.status}</span>
                </Badge>
              </h3>
              <p className="muted">
                {t("createdBy")}: {r.createdBy} · {formatTime(r.createdAt, lang)}
                {r.statusReason === null ? "" : ` · ${r.statusReason}`}
              </p>
              {(r.progress ?? []).length === 0 ? (
                <Empty />
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("group")}</th>
                      <th scope="col">{t("progress")}</th>
                      <th scope="col">{t("done")}</th>
                      <th scope="col">{t("pending")}</th>
                      <th scope="col">{t("failed")}</th>
                      <th scope="col">{t("silent")}</th>
                      <th scope="col">{t("threshold")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(r.progress ?? []).map((g) => (
                      <tr key={g.name}>
                        <th scope="row">{g.name}</th>
                        <td>
                          <progress
                            max={Math.max(g.kiosks, 1)}
                            value={g.done}
                            aria-label={`${g.name} ${t("progress")}`}
                          />{" "}
                          {g.done}/{g.kiosks}
                        </td>
                        <td>{g.done}</td>
                        <td>{g.pending}</td>
                        <td>{g.failed}</td>
                        <td>{g.silent}</td>
                        <td>
                          {g.errorPercent}% / {g.errorThresholdPercent}%
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {canWrite && actions.length > 0 && (
                <div className="actions">
                  {actions.map((a) => (
                    <button
                      type="button"
                      key={a}
                      className={a === "rollback" || a === "cancel" ? "danger" : undefined}
                      onClick={() => void act(a)}
                    >
                      {t(a)}
                    </button>
                  ))}
                </div>
              )}
              {error !== null && <ErrorText error={error} />}
            </>
          );
        }}
      </Show>
    </li>
  );
}
