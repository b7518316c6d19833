import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SessionEndReason } from "../../../core/api";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { HelpDialog } from "../components/HelpDialog";
import { IdleWarning } from "../components/IdleWarning";
import { MoreBelow } from "../components/MoreBelow";
import { NavBar } from "../components/NavBar";
import { StatusBar } from "../components/StatusBar";
import { changeLocale, type Locale } from "../i18n";
import { AttractScreen } from "../screens/AttractScreen";
import { ClosedScreen } from "../screens/ClosedScreen";
import { NoticeBanner } from "../components/NoticeBanner";
import { isOpenAt } from "../../../kiosk-config/config/opening";
import { useNow } from "./use-now";
import { CatalogScreen } from "../screens/CatalogScreen";
import { CategoryScreen } from "../screens/CategoryScreen";
import { useKiosk } from "./kiosk-context";
import { FlowScreen, preloadLaterScreens, SearchScreen } from "./later-screens";
import { isMenuScreen, type Screen } from "./navigation";
import { useCardHolder } from "./use-card-holder";
import { useIdleTimer } from "./use-idle-timer";
import { SpeakButton } from "../voice/SpeakButton";
import { VoiceProvider } from "../voice/VoiceProvider";
import { SpokenPrompt } from "../voice/use-spoken-prompt";
import { promptText } from "../voice/prompt-text";

const KEEP_ALIVE_EVERY_MS = 10_000;

/**
 * The resident's side of the kiosk: one session at a time. Everything a resident chose or entered
 * lives under `generation`; ending the session bumps it, which unmounts every screen and drops
 * their state, then core wipes its side.
 */
export function App() {
  const { kiosk, settings } = useKiosk();
  const { t, i18n } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ name: "attract" });
  const [history, setHistory] = useState<Screen[]>([]);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [elder, setElder] = useState(settings.elderMode ?? false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const sessionRef = useRef<Promise<string> | null>(null);
  const lastKeepAlive = useRef(0);
  const mainRef = useRef<HTMLElement>(null);
  const flowBack = useRef<(() => boolean) | null>(null);
  const registerFlowBack = useCallback((handler: (() => boolean) | null) => {
    flowBack.current = handler;
  }, []);

  const wipe = useCallback(() => {
    sessionRef.current = null;
    setSessionId(null);
    setScreen({ name: "attract" });
    setHistory([]);
    setElder(settings.elderMode ?? false);
    setHelpOpen(false);
    void changeLocale(settings.defaultLocale);
    window.sessionStorage.clear();
    window.localStorage.clear();
    setGeneration((n) => n + 1);
  }, [settings.defaultLocale, settings.elderMode]);

  /** The first touch past the attract screen opens a session; later calls reuse it. */
  const ensureSession = useCallback((): Promise<string> => {
    sessionRef.current ??= kiosk.startSession({}).then((info) => {
      setSessionId(info.sessionId);
      return info.sessionId;
    });
    return sessionRef.current;
  }, [kiosk]);

  const endSession = useCallback(
    (reason: SessionEndReason) => {
      const open = sessionRef.current;
      wipe();
      if (open) void open.then((id) => kiosk.endSession({ sessionId: id, reason })).catch(() => undefined);
    },
    [kiosk, wipe],
  );

  // A card placed before any touch opens a session in core: adopt it, and leave the attract screen.
  const adoptCardSession = useCallback((id: string) => {
    if (sessionRef.current !== null) return;
    sessionRef.current = Promise.resolve(id);
    setSessionId(id);
    setScreen((s) => (s.name === "attract" ? { name: "catalog" } : s));
  }, []);
  const holder = useCardHolder(generation, adoptCardSession);

  // Core may end the session by itself (expired keep-alive, card removed): follow it.
  useEffect(
    () =>
      kiosk.on("session-ended", (ended) => {
        if (ended.sessionId === sessionId) wipe();
      }),
    [kiosk, sessionId, wipe],
  );

  // Once the attract screen has painted and the page is idle, fetch the other screens' scripts.
  useEffect(() => {
    const idle = requestIdleCallback(preloadLaterScreens, { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.elder = elder ? "true" : "false";
    document.documentElement.lang = i18n.language;
  }, [elder, i18n.language]);

  const idle = useIdleTimer({
    enabled: sessionId !== null,
    warnAfterSeconds: isMenuScreen(screen) ? settings.attractReturnSeconds : settings.idleWarnSeconds,
    countdownSeconds: settings.countdownSeconds,
    onActivity: () => {
      if (sessionId === null || Date.now() - lastKeepAlive.current < KEEP_ALIVE_EVERY_MS) return;
      lastKeepAlive.current = Date.now();
      // Not alive: core ended it while the page could not hear (the web shell ends the session
      // of a page connection that drops), so the page follows, as on session-ended.
      void kiosk
        .keepSessionAlive({ sessionId })
        .then(({ alive }) => {
          // Only if the page still holds that session: a late answer must not wipe a newer one.
          if (!alive) void sessionRef.current?.then((open) => open === sessionId && wipe());
        })
        .catch(() => undefined);
    },
    onExpire: () => endSession("idle"),
  });

  const go = (next: Screen): void => {
    void ensureSession();
    setHistory((h) => [...h, screen]);
    setScreen(next);
  };
  const popScreen = (): void => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory((h) => h.slice(0, -1));
    setScreen(previous);
  };
  // Inside a service, 返回 walks back through its pages first (keeping the answers).
  const back = (): void => {
    if (screen.name === "flow" && flowBack.current?.()) return;
    popScreen();
  };
  const setLocale = (locale: Locale): void => {
    void ensureSession();
    void changeLocale(locale);
  };
  const toggleElder = (): void => {
    void ensureSession();
    setElder((on) => !on);
  };

  const now = useNow();
  // Outside opening hours the attract screen gives way; a resident already served is never cut off.
  const closed =
    screen.name === "attract" && settings.openingHours != null && !isOpenAt(settings.openingHours, now);
  return (
    <div className="kiosk" key={generation}>
      <VoiceProvider lang={i18n.language} elder={elder} settings={settings.voice}>
        <StatusBar
          locale={i18n.language as Locale}
          locales={settings.locales}
          onLocale={setLocale}
          elder={elder}
          onToggleElder={toggleElder}
        />
        <NoticeBanner notice={settings.notice} now={now} />
        <main className="kiosk-main" id="main" ref={mainRef}>
          <ErrorBoundary onRecover={() => endSession("error")}>
            <Suspense
              fallback={
                <p className="flow-loading" role="status">
                  {t("app.opening")}
                </p>
              }
            >
              {closed && settings.openingHours != null && <ClosedScreen hours={settings.openingHours} />}
              {screen.name === "attract" && !closed && (
                <AttractScreen
                  onChooseService={() => go({ name: "catalog" })}
                  onSearch={() => go({ name: "search" })}
                  onCategory={(id) => go({ name: "category", categoryId: id })}
                  onService={(id) => go({ name: "flow", serviceId: id })}
                />
              )}
              {screen.name === "catalog" && (
                <CatalogScreen
                  cardRead={holder !== null}
                  onCategory={(id) => go({ name: "category", categoryId: id })}
                  onSearch={() => go({ name: "search" })}
                />
              )}
              {screen.name === "category" && (
                <CategoryScreen
                  categoryId={screen.categoryId}
                  onService={(id) => go({ name: "flow", serviceId: id })}
                />
              )}
              {screen.name === "search" && (
                <>
                  <SpokenPrompt text={promptText(t, { title: t("search.title"), hint: t("search.hint") })} />
                  <SearchScreen onService={(id) => go({ name: "flow", serviceId: id })} />
                </>
              )}
              {screen.name === "flow" && (
                <FlowScreen
                  key={screen.serviceId}
                  serviceId={screen.serviceId}
                  holder={holder}
                  session={ensureSession}
                  onEnd={endSession}
                  onLeave={popScreen}
                  registerBack={registerFlowBack}
                />
              )}
            </Suspense>
          </ErrorBoundary>
          <MoreBelow scroller={mainRef} />
        </main>
        {/* The attract screen's speaker button sits below <main>: the prerendered attract screen
            cannot know the platform's voices, and its markup must be the live page's. */}
        {screen.name === "attract" && (
          <div className="nav-bar">
            <SpeakButton />
          </div>
        )}
        {screen.name !== "attract" && (
          <NavBar
            onBack={back}
            onHome={() => endSession("done")}
            onHelp={() => setHelpOpen(true)}
            inService={screen.name === "flow"}
          />
        )}
        {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
        {idle.secondsLeft !== null && (
          <IdleWarning
            secondsLeft={idle.secondsLeft}
            onMenu={isMenuScreen(screen)}
            cardRead={holder !== null}
            onContinue={idle.extend}
            onExit={() => endSession("cancel")}
          />
        )}
      </VoiceProvider>
    </div>
  );
}
