/**
 * What a manager does to one kiosk: move it to a district and site (operator: which config layers
 * reach it) and revoke it (admin, after a confirming question). Buttons a role cannot use are not
 * shown; the service refuses them anyway.
 */
import { type SyntheticEvent, useContext, useState } from "react";
import { api, type ApiError, field, path } from "../api";
import { Confirm } from "../confirm";
import { formatTime, LangContext, useT } from "../i18n";
import { ErrorText } from "../parts";
import { KioskRevoked, Placement, type Role } from "../replies";
import { FLEET_ROUTES, ROUTES } from "../routes";
import { asApiError } from "../use-load";

export function KioskActions({
  id,
  role,
  district,
  site,
  onChanged,
}: {
  id: string;
  role: Role;
  district: string | null;
  site: string | null;
  onChanged: () => void;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [asking, setAsking] = useState(false);
  const [revokedAt, setRevokedAt] = useState<string | null>(null);
  if (role === "viewer") return null;

  const place = async (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => {
      const v = field(form, name).trim();
      return v === "" ? null : v;
    };
    setError(null);
    setSaved(false);
    try {
      await api(Placement, "PUT", path(FLEET_ROUTES.kioskPlacement, { id }), {
        district: value("district"),
        site: value("site"),
      });
      setSaved(true);
      onChanged();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const revoke = async () => {
    setAsking(false);
    setError(null);
    try {
      const r = await api(KioskRevoked, "POST", path(ROUTES.fleetKioskRevoke, { id }), {});
      setRevokedAt(r.revokedAt);
    } catch (err) {
      setError(asApiError(err));
    }
  };

  return (
    <section aria-labelledby="k-actions">
      <h3 id="k-actions">{t("actions")}</h3>
      <form id="placement-form" onSubmit={(e) => void place(e)}>
        <fieldset>
          <legend>{t("placement")}</legend>
          <p className="muted">{t("clearHint")}</p>
          <div className="filters">
            <label>
              {t("district")}
              <input name="district" defaultValue={district ?? ""} maxLength={64} autoComplete="off" />
            </label>
            <label>
              {t("site")}
              <input name="site" defaultValue={site ?? ""} maxLength={64} autoComplete="off" />
            </label>
            <button type="submit">{t("savePlacement")}</button>
          </div>
        </fieldset>
      </form>
      {role === "admin" ? (
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={() => setAsking(true)}
            disabled={revokedAt !== null}
          >
            {t("revoke")}
          </button>
        </div>
      ) : (
        <p className="muted">{t("revokeNeedsAdmin")}</p>
      )}
      {asking && (
        <Confirm
          question={t("revokeQuestion")}
          confirmLabel={t("revoke")}
          onConfirm={() => void revoke()}
          onCancel={() => setAsking(false)}
        />
      )}
      <div aria-live="polite" id="kiosk-action-outcome">
        {error !== null && <ErrorText error={error} />}
        {saved && <p className="ok">{t("placementSaved")}</p>}
        {revokedAt !== null && (
          <p className="error">
            {t("revokedAt")} {formatTime(revokedAt, lang)}
          </p>
        )}
      </div>
    </section>
  );
}
