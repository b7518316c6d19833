/**
 * Reloads the page once the kiosk's address answers again. The web shell's page cannot carry on
 * after losing its socket: core ended the resident's session with it, and a restarted kiosk has
 * a new door secret the page does not hold. Reloading at once would, while the kiosk restarts,
 * land the browser on its own "connection refused" page, which never comes back by itself, so
 * the page first asks the address (a HEAD, which the web shell answers without handing out its
 * door) until anything answers: the kiosk, or the supervisor's out-of-service screen.
 */
const FIRST_TRY_MS = 300;
const LONGEST_WAIT_MS = 5000;

let reloading = false;

export function reloadWhenServed(): void {
  if (reloading) return;
  reloading = true;
  let waitMs = FIRST_TRY_MS;
  const attempt = (): void => {
    // Under Electron the page comes from app://, which its own process serves: nothing to wait for.
    if (!window.location.protocol.startsWith("http")) {
      window.location.reload();
      return;
    }
    fetch("/", { method: "HEAD", cache: "no-store" }).then(
      () => window.location.reload(),
      () => {
        waitMs = Math.min(waitMs * 2, LONGEST_WAIT_MS);
        setTimeout(attempt, waitMs);
      },
    );
  };
  setTimeout(attempt, FIRST_TRY_MS);
}
