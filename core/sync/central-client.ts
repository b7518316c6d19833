import type * as z from "zod";
import { classifyResponse, ErrorReply, type Reason } from "../../central/protocol";
import type { Message } from "../api";

/**
 * A reason of the central contract (`{zh, en}` on the wire, which stays as it is) in the kiosk's
 * one bilingual shape, `{"zh-CN", en}`: converted here, where replies are read, and nowhere else.
 */
export const reasonText = (reason: Reason): Message => ({ "zh-CN": reason.zh, en: reason.en });

/** The outcome of one HTTP exchange, already sorted by the contract's retry rule. */
export type Exchange<T> =
  | { kind: "ok"; status: number; body: T; headers: Headers }
  | { kind: "not-modified"; headers: Headers }
  | { kind: "reject"; status: number; reason: Reason }
  | {
      kind: "retry";
      status: number | "network-error";
      error: string;
      /** True only when the request certainly never reached the service (connection refused…). */
      notSent: boolean;
    };

/** Options for `CentralClient`. */
export interface CentralClientOptions {
  /** Base URL of the central service, e.g. "http://127.0.0.1:8480"; no default. */
  baseUrl: string;
  /** Bearer token; default none (only enrollment works without one). */
  token?: string;
  /** The fetch to use; default the global fetch (tests may pass another). */
  fetch?: typeof fetch;
  /** Per-request timeout in ms; default 15000. */
  timeoutMs?: number;
}

// Errors raised before a single byte went out: the service cannot have seen the request.
const connectFailures = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/**
 * A thin HTTP client for the central contract: one place that turns fetch's many failure shapes
 * into ok / reject / retry, and validates every reply body with the contract's zod schema.
 */
export class CentralClient {
  readonly #fetch: typeof fetch;

  constructor(private readonly options: CentralClientOptions) {
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  async exchange<T>(
    method: "GET" | "POST",
    path: string,
    schema: z.ZodType<T>,
    init: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<Exchange<T>> {
    const headers: Record<string, string> = { accept: "application/json", ...init.headers };
    if (this.options.token !== undefined) headers.authorization = `Bearer ${this.options.token}`;
    if (init.body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(new URL(path, this.options.baseUrl), {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(init.timeoutMs ?? this.options.timeoutMs ?? 15_000),
      });
      text = await response.text();
    } catch (error) {
      return {
        kind: "retry",
        status: "network-error",
        error: describe(error),
        notSent: isConnectFailure(error),
      };
    }
    return classify(response, text, schema);
  }
}

function classify<T>(response: Response, text: string, schema: z.ZodType<T>): Exchange<T> {
  const status = response.status;
  if (status === 304) return { kind: "not-modified", headers: response.headers };
  // 401 means our token is wrong, not the item: rejecting would throw away every resident's
  // submission behind a revoked token, so it waits (and the maintenance menu shows the error).
  const verdict = status === 401 ? "retry" : classifyResponse(status);
  if (verdict === "retry") {
    return { kind: "retry", status, error: `HTTP ${status}: ${text.slice(0, 200)}`, notSent: false };
  }
  if (verdict === "reject") return { kind: "reject", status, reason: reasonOf(status, text) };
  const parsed = schema.safeParse(parseJson(text));
  if (!parsed.success) {
    // A 2xx we cannot read came from something in between (a captive portal): try again later.
    return { kind: "retry", status, error: `HTTP ${status} with an unreadable body`, notSent: false };
  }
  return { kind: "ok", status, body: parsed.data, headers: response.headers };
}

function reasonOf(status: number, text: string): Reason {
  const parsed = ErrorReply.safeParse(parseJson(text));
  if (parsed.success) return parsed.data.error;
  return {
    code: `http-${status}`,
    zh: `中心服务拒绝了请求（${status}）`,
    en: `HTTP ${status}: ${text.slice(0, 200)}`,
  };
}

function parseJson(text: string): unknown {
  try {
    return text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function isConnectFailure(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && "code" in cause ? cause.code : undefined;
  return typeof code === "string" && connectFailures.has(code);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.name}: ${error.message}${cause}`;
}
