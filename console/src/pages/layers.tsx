/**
 * Config layers: the list, one layer's current revision, and an editor that checks the draft with
 * the kiosk's own schema (kiosk-config) as the manager types, shows its difference from the
 * current revision, and publishes it either through a rollout (a pilot group first, then the
 * rest) or at once.
 */
import { type SyntheticEvent, useContext, useMemo, useState } from "react";
import { layerProblems } from "../../../kiosk-config/config/layers";
import { api, type ApiError, field, path } from "../api";
import { diffLayers } from "../diff";
import { formatTime, LangContext, useT } from "../i18n";
import { Empty, ErrorText, Show } from "../parts";
import { LayerList, LayerRevisions, Rollout } from "../replies";
import { FLEET_ROUTES } from "../routes";
import { href } from "../use-hash";
import { asApiError, useLoad } from "../use-load";
import * as z from "zod";

const LayerBody = z.record(z.string(), z.unknown());

export function LayersPage({ canWrite, initial }: { canWrite: boolean; initial: string }) {
  const t = useT();
  const [list, reloadList] = useLoad(
    () => api(LayerList, "GET", path(FLEET_ROUTES.layers, {}, { limit: "200" })),
    "layers",
  );
  const layer = initial === "" ? "global" : initial;
  return (
    <>
      <h2>{t("layers")}</h2>
      <Show loaded={list}>
        {(l) =>
          l.layers.length === 0 ? (
            <Empty />
          ) : (
            <ul className="chips" id="layer-list">
              {l.layers.map((x) => (
                <li key={x.layer}>
                  <a href={href("layers", x.layer)} aria-current={x.layer === layer ? "page" : undefined}>
                    {x.layer} v{x.version}
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
      <LayerEditor key={layer} layer={layer} canWrite={canWrite} onPublished={reloadList} />
    </>
  );
}

function LayerEditor({
  layer,
  canWrite,
  onPublished,
}: {
  layer: string;
  canWrite: boolean;
  onPublished: () => void;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const [name, setName] = useState(layer);
  const [revs, reload] = useLoad(
    () =>
      api(LayerRevisions, "GET", path(FLEET_ROUTES.layer, { layer })).catch((e: unknown) => {
        // A layer nobody published yet starts empty.
        if (asApiError(e).status === 404) return { layer, revisions: [] };
        throw e;
      }),
    layer,
  );
  const current = revs.state === "ok" ? (revs.data.revisions[0] ?? null) : null;
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (revs.state === "ok" ? JSON.stringify(current?.config ?? {}, null, 2) : "");
  const [outcome, setOutcome] = useState<{ ok: string } | { error: ApiError } | null>(null);

  const parsed = useMemo((): { body: Record<string, unknown> } | { problems: string[] } => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return { problems: [e instanceof Error ? e.message : String(e)] };
    }
    const problems = layerProblems(value);
    const body = LayerBody.safeParse(value);
    if (problems.length > 0 || !body.success) return { problems };
    return { body: body.data };
  }, [text]);
  const changes = "body" in parsed ? diffLayers(current?.config ?? {}, parsed.body) : [];

  const publish = async (e: SyntheticEvent<HTMLFormElement>, how: "rollout" | "now") => {
    e.preventDefault();
    if (!("body" in parsed)) return;
    const form = new FormData(e.currentTarget);
    const pilots = field(form, "pilots")
      .split(/[\s,，]+/)
      .filter((s) => s !== "");
    const threshold = Number(field(form, "threshold") || "0");
    setOutcome(null);
    try {
      if (how === "now") {
        const r = await api(
          z.looseObject({ version: z.number() }),
          "PUT",
          path(FLEET_ROUTES.layer, { layer: name }),
          {
            config: parsed.body,
          },
        );
        setOutcome({ ok: `${t("published")} v${r.version}` });
      } else {
        const r = await api(Rollout, "POST", FLEET_ROUTES.rollouts, {
          kind: "config",
          layer: name,
          config: parsed.body,
          groups: [
            { name: "pilot", kiosks: pilots, errorThresholdPercent: threshold },
            { name: "all", percent: 100, errorThresholdPercent: threshold },
          ],
        });
        setOutcome({ ok: `${t("published")} v${r.configVersion ?? "?"} → ${t("rollouts")} ${r.id}` });
      }
      setDraft(null);
      reload();
      onPublished();
    } catch (err) {
      setOutcome({ error: asApiError(err) });
    }
  };

  return (
    <section aria-labelledby="editor-title">
      <h3 id="editor-title">
        {t("layer")}: <code>{layer}</code>
      </h3>
      <Show loaded={revs}>
        {() =>
          current === null ? (
            <Empty />
          ) : (
            <p className="muted" id="current-revision">
              {t("current")}: v{current.version} · {current.createdBy ?? "—"} ·{" "}
              {formatTime(current.createdAt, lang)}
            </p>
          )
        }
      </Show>
      <form
        id="layer-form"
        onSubmit={(e) => {
          const submitter = e.nativeEvent.submitter;
          void publish(
            e,
            submitter instanceof HTMLButtonElement && submitter.value === "now" ? "now" : "rollout",
          );
        }}
      >
        <label>
          {t("layerName")}
          <input name="layer" value={name} onChange={(e) => setName(e.target.value)} disabled={!canWrite} />
        </label>
        <label>
          {t("editor")}
          <textarea
            id="layer-json"
            name="config"
            rows={12}
            spellCheck={false}
            value={text}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby="layer-check"
          />
        </label>
        <div id="layer-check" aria-live="polite">
          {"problems" in parsed ? (
            <div className="error">
              <strong>{t("invalid")}</strong>
              <ul>
                {parsed.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="ok">{t("valid")}</p>
          )}
        </div>
        <h4>{t("diff")}</h4>
        {changes.length === 0 ? (
          <p className="muted">{t("noDiff")}</p>
        ) : (
          <ul className="diff" id="layer-diff">
            {changes.map((c) => (
              <li key={c.path} className={c.kind}>
                <code>{c.path}</code>: {c.kind === "added" ? "+" : c.kind === "removed" ? "−" : "~"}{" "}
                {c.kind !== "added" && <del>{JSON.stringify(c.before)}</del>}{" "}
                {c.kind !== "removed" && <ins>{JSON.stringify(c.after)}</ins>}
              </li>
            ))}
          </ul>
        )}
        {canWrite && (
          <fieldset>
            <legend>{t("publishRollout")}</legend>
            <label>
              {t("pilotKiosks")}
              <input name="pilots" id="pilots" />
            </label>
            <label>
              {t("threshold")}
              <input name="threshold" type="number" min={0} max={100} defaultValue={0} />
            </label>
            <div className="actions">
              <button type="submit" value="rollout" disabled={!("body" in parsed)}>
                {t("publishRollout")}
              </button>
              <button type="submit" value="now" className="secondary" disabled={!("body" in parsed)}>
                {t("publishNow")}
              </button>
            </div>
          </fieldset>
        )}
        <div aria-live="polite" id="layer-outcome">
          {outcome !== null &&
            ("ok" in outcome ? <p className="ok">{outcome.ok}</p> : <ErrorText error={outcome.error} />)}
        </div>
      </form>
    </section>
  );
}
