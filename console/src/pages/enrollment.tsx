/**
 * Enrollment codes: an operator makes one for a site and reads it off this page once. The service
 * keeps only its hash, so the code cannot be shown again; it stops working at its expiry.
 */
import { type SyntheticEvent, useContext, useState } from "react";
import { api, type ApiError, field } from "../api";
import { formatTime, LangContext, useT } from "../i18n";
import { ErrorText } from "../parts";
import { type EnrollmentCode, EnrollmentCode as EnrollmentCodeReply } from "../replies";
import { ROUTES } from "../routes";
import { asApiError } from "../use-load";

export function EnrollmentPage() {
  const t = useT();
  const lang = useContext(LangContext);
  const [made, setMade] = useState<EnrollmentCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const site = field(form, "site").trim();
    const ttl = field(form, "ttlHours").trim();
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      setMade(
        await api(EnrollmentCodeReply, "POST", ROUTES.fleetEnrollmentCodes, {
          ...(site === "" ? {} : { site }),
          ...(ttl === "" ? {} : { ttlHours: Number(ttl) }),
        }),
      );
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2>{t("enrollTitle")}</h2>
      <form onSubmit={(e) => void submit(e)} className="filters" id="enroll-form">
        <label>
          {t("enrollSiteHint")}
          <input name="site" maxLength={64} autoComplete="off" />
        </label>
        <label>
          {t("ttlHours")}
          <input name="ttlHours" type="number" min={1} max={720} defaultValue={72} />
        </label>
        <button type="submit" disabled={busy}>
          {t("makeCode")}
        </button>
      </form>
      <div aria-live="polite" id="enroll-outcome">
        {error !== null && <ErrorText error={error} />}
        {made !== null && (
          <div className="once">
            <p>{t("codeOnce")}</p>
            <dl>
              <dt>{t("code")}</dt>
              <dd>
                <code className="big" id="enrollment-code">
                  {made.code}
                </code>
              </dd>
              <dt>{t("site")}</dt>
              <dd>{made.site ?? t("noSite")}</dd>
              <dt>{t("expiresAt")}</dt>
              <dd id="enrollment-expiry">{formatTime(made.expiresAt, lang)}</dd>
            </dl>
          </div>
        )}
      </div>
    </>
  );
}
