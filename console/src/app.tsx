/** The console's frame: login until a token works, then the navigation and the page in the hash. */
import { useCallback, useEffect, useState } from "react";
import * as z from "zod";
import { api, session } from "./api";
import { type Lang, LangContext, type TextKey, useT } from "./i18n";
import { AlertsPage } from "./pages/alerts";
import { AuditPage } from "./pages/audit";
import { EnrollmentPage } from "./pages/enrollment";
import { FleetPage } from "./pages/fleet";
import { HealthPage } from "./pages/health";
import { KioskPage } from "./pages/kiosk";
import { LayersPage } from "./pages/layers";
import { LoginPage } from "./pages/login";
import { ManagersPage } from "./pages/managers";
import { RolloutsPage } from "./pages/rollouts";
import { type Me, Me as MeSchema } from "./replies";
import { FLEET_ROUTES } from "./routes";
import { href, useHashRoute } from "./use-hash";

/** Pages in the navigation, each with the least role that can use it (the service checks again). */
const NAV: readonly [string, TextKey, Me["role"]][] = [
  ["fleet", "fleet", "viewer"],
  ["health", "health", "viewer"],
  ["layers", "layers", "viewer"],
  ["rollouts", "rollouts", "viewer"],
  ["alerts", "alerts", "viewer"],
  ["audit", "audit", "viewer"],
  ["enrollment", "enrollment", "operator"],
  ["managers", "managers", "admin"],
];
const RANK: Record<Me["role"], number> = { viewer: 0, operator: 1, admin: 2 };

export function App() {
  const [lang, setLang] = useState<Lang>(() =>
    localStorage.getItem("efz-console-lang") === "en" ? "en" : "zh-CN",
  );
  const [me, setMe] = useState<Me | null>(null);
  // Without a stored token there is nobody to ask about: straight to the login.
  const [checked, setChecked] = useState(() => session.get() === null);

  const whoAmI = useCallback(() => {
    if (session.get() === null) return;
    api(MeSchema, "GET", FLEET_ROUTES.me).then(
      (m) => {
        setMe(m);
        setChecked(true);
      },
      () => {
        session.clear();
        setMe(null);
        setChecked(true);
      },
    );
  }, []);

  useEffect(() => {
    whoAmI();
    const onUnauthorized = () => {
      session.clear();
      setMe(null);
    };
    window.addEventListener("console-unauthorized", onUnauthorized);
    return () => window.removeEventListener("console-unauthorized", onUnauthorized);
  }, [whoAmI]);

  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem("efz-console-lang", lang);
  }, [lang]);

  const toggle = () => setLang((l) => (l === "zh-CN" ? "en" : "zh-CN"));
  return (
    <LangContext.Provider value={lang}>
      {!checked ? null : me === null ? (
        <LoginPage onToggleLang={toggle} onLoggedIn={whoAmI} />
      ) : (
        <Shell me={me} onToggleLang={toggle} onLogout={() => setMe(null)} />
      )}
    </LangContext.Provider>
  );
}

function Shell({ me, onToggleLang, onLogout }: { me: Me; onToggleLang: () => void; onLogout: () => void }) {
  const t = useT();
  const [page = "fleet", arg = ""] = useHashRoute();
  const canWrite = me.role !== "viewer";
  const logout = () => {
    void api(z.unknown(), "POST", FLEET_ROUTES.logout, {}).catch(() => undefined);
    session.clear();
    onLogout();
  };
  return (
    <>
      <header className="top">
        <h1>{t("title")}</h1>
        <nav aria-label={t("title")}>
          {NAV.filter(([, , least]) => RANK[me.role] >= RANK[least]).map(([id, key]) => (
            <a
              key={id}
              href={href(id)}
              aria-current={page === id || (page === "kiosk" && id === "fleet") ? "page" : undefined}
            >
              {t(key)}
            </a>
          ))}
        </nav>
        <div className="who">
          <span>
            {me.actor} · {t("role")}: {me.role}
          </span>
          <button type="button" onClick={onToggleLang}>
            {t("language")}
          </button>
          <button type="button" onClick={logout}>
            {t("logout")}
          </button>
        </div>
      </header>
      <main>
        {!canWrite && <p className="note">{t("viewerNote")}</p>}
        {page === "kiosk" ? (
          <KioskPage id={arg} role={me.role} />
        ) : page === "health" ? (
          <HealthPage />
        ) : page === "layers" ? (
          <LayersPage canWrite={canWrite} initial={arg} />
        ) : page === "rollouts" ? (
          <RolloutsPage canWrite={canWrite} />
        ) : page === "alerts" ? (
          <AlertsPage />
        ) : page === "audit" ? (
          <AuditPage />
        ) : page === "enrollment" && canWrite ? (
          <EnrollmentPage />
        ) : page === "managers" && me.role === "admin" ? (
          <ManagersPage />
        ) : (
          <FleetPage />
        )}
      </main>
    </>
  );
}
