/** Log in with a manager account, or with the break-glass token when no account works. */
import { type SyntheticEvent, useState } from "react";
import { api, type ApiError, field, session } from "../api";
import { useT } from "../i18n";
import { ErrorText } from "../parts";
import { LoginReply } from "../replies";
import { FLEET_ROUTES } from "../routes";
import { asApiError } from "../use-load";

export function LoginPage({
  onLoggedIn,
  onToggleLang,
}: {
  onLoggedIn: () => void;
  onToggleLang: () => void;
}) {
  const t = useT();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const reply = await api(LoginReply, "POST", FLEET_ROUTES.login, {
        username: field(form, "username"),
        password: field(form, "password"),
      });
      session.set(reply.token);
      onLoggedIn();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const useToken = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const token = field(new FormData(e.currentTarget), "token").trim();
    if (token === "") return;
    session.set(token);
    onLoggedIn();
  };

  return (
    <main className="login">
      <div className="lang-row">
        <button type="button" onClick={onToggleLang}>
          {t("language")}
        </button>
      </div>
      <h1>{t("title")}</h1>
      <form id="login" onSubmit={(e) => void submit(e)}>
        <label>
          {t("username")}
          <input name="username" autoComplete="username" required />
        </label>
        <label>
          {t("password")}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>
          {t("login")}
        </button>
        {error !== null && <ErrorText error={error} />}
      </form>
      <details>
        <summary>{t("breakGlass")}</summary>
        <form id="token-login" onSubmit={useToken}>
          <label>
            {t("breakGlass")}
            <input name="token" type="password" autoComplete="off" />
          </label>
          <button type="submit">{t("useToken")}</button>
        </form>
      </details>
    </main>
  );
}
