import { useTranslation } from "react-i18next";
import { SpeakButton } from "../voice/SpeakButton";

/**
 * 返回, 首页 and 请工作人员协助 on every screen past the attract screen, so nobody is ever stuck.
 * Inside a service the page itself carries one ‹ 返回 and one 取消办理, so the bar keeps only
 * 请工作人员协助: four ways out on one screen left first-time users unsure which to take.
 */
export function NavBar({
  onBack,
  onHome,
  onHelp,
  inService,
}: {
  onBack: () => void;
  onHome: () => void;
  onHelp: () => void;
  inService: boolean;
}) {
  const { t } = useTranslation();
  return (
    <nav className="nav-bar" aria-label={t("nav.home")}>
      <SpeakButton />
      {!inService && (
        <>
          <button type="button" className="button button--secondary" onClick={onBack} data-testid="nav-back">
            <span aria-hidden="true">‹ </span>
            {t("nav.back")}
          </button>
          <button type="button" className="button button--secondary" onClick={onHome} data-testid="nav-home">
            {t("nav.home")}
          </button>
        </>
      )}
      <button type="button" className="button button--secondary" onClick={onHelp}>
        {t("nav.help")}
      </button>
    </nav>
  );
}
