import { randomBytes, timingSafeEqual } from "node:crypto";

/** The cookie that carries the web shell's per-start secret from the page to its WebSocket. */
export const DOOR_COOKIE = "kiosk-door";

/**
 * Long enough that a kiosk browser restarted with the same profile comes back in; the secret
 * itself dies with the process, so the cookie is worth nothing after the kiosk restarts.
 */
const COOKIE_MAX_AGE_S = 7 * 24 * 3600;

/** What the door says to one request for the page. */
export type PageAdmission = { admitted: true; setCookie: string } | { admitted: false };

/**
 * The web shell's door: a secret made at every start, handed to the first page it serves and to
 * no one after that.
 *
 * Why a cookie handed out once, and not the secret in the page's HTML: any process on this
 * machine can fetch http://127.0.0.1:5170/ just as the browser does, so anything the shell puts
 * in every page it serves, a local attacker reads. Handing it out once means whoever fetched the
 * page first holds the door, and on a kiosk that is the browser its supervisor opens at start.
 * After that, a page is served only to a request that already carries the secret: a reload of the
 * same tab, a reload after a renderer crash, or the same browser profile restarted (the cookie is
 * persistent). Everyone else gets a 403 and no secret, until the kiosk restarts and makes a new one.
 *
 * The cookie is HttpOnly (no script on the page can read it, so a script injected into the page
 * could not carry it elsewhere) and SameSite=Strict (no other site's page can make the browser
 * send it). It carries no data of its own, so the prerendered attract page and its CSP hash stay
 * byte for byte what the build made, and nothing is added before the first paint.
 */
export interface Door {
  /** For a GET of the page: admits it with the Set-Cookie to send, or refuses it. */
  admitPage(cookieHeader: string | undefined): PageAdmission;
  /** For a HEAD or a WebSocket upgrade: whether the request carries this start's secret. */
  holdsKey(cookieHeader: string | undefined): boolean;
}

export function createDoor(secret: string = randomBytes(32).toString("base64url")): Door {
  const expected = Buffer.from(secret);
  const setCookie = `${DOOR_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${String(COOKIE_MAX_AGE_S)}`;
  let handedOut = false;

  const holdsKey = (cookieHeader: string | undefined): boolean => {
    const given = cookieValue(cookieHeader, DOOR_COOKIE);
    if (given === null) return false;
    const bytes = Buffer.from(given);
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  };

  return {
    admitPage(cookieHeader) {
      if (holdsKey(cookieHeader)) return { admitted: true, setCookie };
      if (handedOut) return { admitted: false };
      handedOut = true;
      return { admitted: true, setCookie };
    },
    holdsKey,
  };
}

/** One cookie's value from a Cookie header, or null; the header is the client's, so anything goes. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
