/**
 * The console's one way to the central service: same-origin fetch with the manager's bearer token.
 * Errors become ApiError carrying the service's own zh/en reason, so pages show it as text.
 */
import * as z from "zod";

const TOKEN_KEY = "efz-console-token";

export interface Reason {
  code: string;
  zh: string;
  en: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly reason: Reason;
  constructor(status: number, reason: Reason) {
    super(reason.en);
    this.status = status;
    this.reason = reason;
  }
}

export const session = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

/** The service's error body `{ error: { code, zh, en } }`. */
const ErrorBody = z.object({ error: z.object({ code: z.string(), zh: z.string(), en: z.string() }) });

function reasonOf(status: number, body: unknown): Reason {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return parsed.data.error;
  return { code: `http_${status}`, zh: `请求失败（${status}）`, en: `request failed (${status})` };
}

/** A form field's text ("" when absent). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Fills `:name` parameters of a route path, each encoded. */
export function path(
  route: string,
  params: Record<string, string> = {},
  query: Record<string, string | undefined> = {},
): string {
  const filled = route.replace(/:([a-zA-Z]+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s === "" ? filled : `${filled}?${s}`;
}

/** Calls the service and checks its reply against `schema` (a reply that does not fit is an error). */
export async function api<S extends z.ZodType>(
  schema: S,
  method: string,
  url: string,
  body?: unknown,
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = session.get();
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    if (res.status === 401) window.dispatchEvent(new Event("console-unauthorized"));
    throw new ApiError(res.status, reasonOf(res.status, parsed));
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    throw new ApiError(res.status, {
      code: "bad_reply",
      zh: "服务返回的数据无法识别",
      en: `unexpected reply from ${url}`,
    });
  }
  return checked.data;
}
