import { useTranslation } from "react-i18next";

/** 返回, 首页 and 请工作人员协助 on every screen past the attract screen, so nobody is ever stuck. */
export function NavBar({
  onBack,
  onHome,
  onHelp,
}: {
  onBack: () => void;
  onHome: () => void;
  onHelp: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="nav-bar" aria-label={t("nav.home")}>
      <button type="button" className="button button--secondary" onClick={onBack} data-testid="nav-back">
        <span aria-hidden="true">‹ </span>
        {t("nav.back")}
      </button>
      <button type="button" className="button button--secondary" onClick={onHome} data-testid="nav-home">
        {t("nav.home")}
      </button>
      <button type="button" className="button button--secondary" onClick={onHelp}>
        {t("nav.help")}
      </button>
    </nav>
  );
}
