import type { Reason } from "../protocol";

/**
 * An error that becomes an HTTP reply `{error:{code,zh,en}}`: the zh text is for a resident or a
 * hall attendant, the en text for a technician; neither may contain personal data.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly reason: Reason;

  constructor(status: number, code: string, zh: string, en: string) {
    super(en);
    this.name = "HttpError";
    this.status = status;
    this.reason = { code, zh, en };
  }
}

export const unauthorized = (): HttpError =>
  new HttpError(401, "unauthorized", "终端未登记或凭证无效", "missing or invalid bearer token");

export const notFound = (what: string): HttpError =>
  new HttpError(404, "not_found", "未找到记录", `${what} not found`);

export const badRequest = (code: string, en: string, zh = "请求格式不正确"): HttpError =>
  new HttpError(400, code, zh, en);

export const unprocessable = (code: string, en: string, zh: string): HttpError =>
  new HttpError(422, code, zh, en);

export const unknownService = (serviceId: string): HttpError =>
  unprocessable("unknown_service", `unknown serviceId "${serviceId}"`, "该事项不存在或已下线");

/** Short, personal-data-free description of zod issues for a 400 reply. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join(".") || "(body)"}: ${i.message}`)
    .join("; ");
}
