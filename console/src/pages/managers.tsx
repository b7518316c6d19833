/**
 * Manager accounts (admin only): the list, a new account, a change of role, disable and enable.
 * A change ends the account's sessions at the service, so the manager logs in again under the
 * new terms; disabling asks first.
 */
import { type SyntheticEvent, useContext, useState } from "react";
import { api, type ApiError, field, path } from "../api";
import { Confirm } from "../confirm";
import { formatTime, LangContext, type TextKey, useT } from "../i18n";
import { Badge, Empty, ErrorText, Show } from "../parts";
import { Manager, Managers, Role } from "../replies";
import { FLEET_ROUTES } from "../routes";
import { asApiError, useLoad } from "../use-load";

const ROLE_TEXT: Record<Role, TextKey> = {
  viewer: "roleViewer",
  operator: "roleOperator",
  admin: "roleAdmin",
};

export function ManagersPage() {
  const t = useT();
  const lang = useContext(LangContext);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [list, reload] = useLoad(
    () => api(Managers, "GET", path(FLEET_ROUTES.managers, {}, { limit: "50", cursor })),
    `managers|${cursor ?? ""}`,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [disabling, setDisabling] = useState<Manager | null>(null);

  const run = async (what: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone(null);
    try {
      await what();
      setDone(message);
      reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const create = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const username = field(form, "username").trim();
    void run(
      async () => {
        await api(Manager, "POST", FLEET_ROUTES.managers, {
          username,
          password: field(form, "password"),
          role: Role.parse(field(form, "role")),
        });
        formEl.reset();
      },
      `${t("created")}: ${username}`,
    );
  };
  const patch = (m: Manager, body: Record<string, unknown>) =>
    run(
      () => api(Manager, "PATCH", path(FLEET_ROUTES.manager, { id: m.id }), body),
      `${t("saved")}: ${m.username}`,
    );

  return (
    <>
      <h2>{t("managers")}</h2>
      <div aria-live="polite" id="managers-outcome">
        {error !== null && <ErrorText error={error} />}
        {done !== null && <p className="ok">{done}</p>}
      </div>
      <Show loaded={list}>
        {(l) =>
          l.managers.length === 0 ? (
            <Empty />
          ) : (
            <table id="managers">
              <thead>
                <tr>
                  <th scope="col">{t("username")}</th>
                  <th scope="col">{t("role")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("createdAt")}</th>
                  <th scope="col">{t("action")}</th>
                </tr>
              </thead>
              <tbody>
                {l.managers.map((m) => (
                  <tr key={m.id} data-manager={m.username}>
                    <th scope="row">{m.username}</th>
                    <td>
                      <form
                        className="filters"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void patch(m, { role: Role.parse(field(new FormData(e.currentTarget), "role")) });
                        }}
                      >
                        <select name="role" defaultValue={m.role} aria-label={`${t("role")} ${m.username}`}>
                          {Role.options.map((r) => (
                            <option key={r} value={r}>
                              {t(ROLE_TEXT[r])}
                            </option>
                          ))}
                        </select>
                        <button type="submit" className="secondary">
                          {t("changeRole")}
                        </button>
                      </form>
                    </td>
                    <td>
                      {m.disabledAt === null ? (
                        <Badge tone="ok">{t("active")}</Badge>
                      ) : (
                        <Badge tone="bad">{t("disabled")}</Badge>
                      )}
                    </td>
                    <td>{formatTime(m.createdAt, lang)}</td>
                    <td>
                      {m.disabledAt === null ? (
                        <button type="button" className="danger" onClick={() => setDisabling(m)}>
                          {t("disable")}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => void patch(m, { disabled: false })}
                        >
                          {t("enable")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
      {list.state === "ok" && (
        <div className="pager">
          {cursor !== undefined && (
            <button type="button" onClick={() => setCursor(undefined)}>
              {t("first")}
            </button>
          )}
          {list.data.nextCursor !== null && (
            <button type="button" onClick={() => setCursor(list.data.nextCursor ?? undefined)}>
              {t("next")}
            </button>
          )}
        </div>
      )}
      {disabling !== null && (
        <Confirm
          question={`${disabling.username}: ${t("disableQuestion")}`}
          confirmLabel={t("disable")}
          onConfirm={() => {
            const m = disabling;
            setDisabling(null);
            void patch(m, { disabled: true });
          }}
          onCancel={() => setDisabling(null)}
        />
      )}
      <form id="new-manager" onSubmit={create}>
        <fieldset>
          <legend>{t("newManager")}</legend>
          <label>
            {t("username")}
            <input name="username" required maxLength={64} autoComplete="off" />
          </label>
          <label>
            {t("passwordHint")}
            <input name="password" type="password" required minLength={12} autoComplete="new-password" />
          </label>
          <label>
            {t("role")}
            <select name="role" defaultValue="viewer">
              {Role.options.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_TEXT[r])}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="submit">{t("create")}</button>
          </div>
        </fieldset>
      </form>
    </>
  );
}
