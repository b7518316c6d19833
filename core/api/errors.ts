/**
 * Errors crossing the KioskApi door: a code the page can act on, a message for the logs, and the
 * plain words the resident reads, in both languages. The words travel with the error so the page
 * shows them as they come, without asking core again what went wrong.
 */
import * as z from "zod";
import { Message } from "./kiosk-shapes";

export const KioskErrorCode = z.enum([
  /** The transport carried something that is not a call. */
  "malformed",
  "unknown-call",
  /** The request or the answers do not fit the contract or the service. */
  "invalid-request",
  /** The service needs the resident's ID card and none was read in this session. */
  "identity-required",
  /** The session the call names is over (ended, wiped, or another one started). */
  "session-ended",
  /** The central service cannot be reached and this call cannot wait for it. */
  "offline",
  /** This kiosk does not offer the service or department asked for. */
  "not-offered",
  /** The central service asked us to come back later (HTTP 429). */
  "busy",
  /** The kiosk has not enrolled with a central service yet. */
  "not-enrolled",
  /** The central service looked at the request and said no; the words are its own. */
  "refused",
  /** Anything else that went wrong in a known way. */
  "failed",
  /** A bug: the reply failed its schema, or a handler threw something unexpected. */
  "internal",
]);
export type KioskErrorCode = z.infer<typeof KioskErrorCode>;

/** What each code means to a resident standing at the kiosk. */
export const residentWords: Readonly<Record<KioskErrorCode, Message>> = {
  malformed: {
    "zh-CN": "操作没有成功，请重试，或请工作人员协助。",
    en: "That did not work. Please try again, or ask staff for help.",
  },
  "unknown-call": {
    "zh-CN": "操作没有成功，请重试，或请工作人员协助。",
    en: "That did not work. Please try again, or ask staff for help.",
  },
  "invalid-request": {
    "zh-CN": "填写的内容有误，请返回检查后再提交。",
    en: "Something in your answers is not right. Please go back and check them.",
  },
  "identity-required": {
    "zh-CN": "此事项需要本人身份证，请将身份证放在读卡区后重试。",
    en: "This service needs your ID card. Please place it on the reader and try again.",
  },
  "session-ended": {
    "zh-CN": "本次办理已结束，请从首页重新开始。",
    en: "This session has ended. Please start again from the home screen.",
  },
  offline: {
    "zh-CN": "网络暂时中断，此事项需要联网办理，请稍后再试或到服务窗口办理。",
    en: "The network is down and this service needs it. Please try later or go to a service counter.",
  },
  "not-offered": {
    "zh-CN": "本机暂不提供此项服务，请到服务窗口办理。",
    en: "This kiosk does not offer this service. Please go to a service counter.",
  },
  busy: {
    "zh-CN": "服务繁忙，请过几分钟再试。",
    en: "The service is busy, please try again in a few minutes.",
  },
  "not-enrolled": {
    "zh-CN": "本机尚未接入服务中心，请到服务窗口办理，或请工作人员协助。",
    en: "This kiosk is not connected to the service centre yet. Please go to a counter or ask staff.",
  },
  refused: {
    "zh-CN": "服务中心未受理此项申请，请到服务窗口咨询。",
    en: "The service centre did not accept this request. Please ask at a service counter.",
  },
  failed: {
    "zh-CN": "请稍后重试，或请工作人员协助。",
    en: "Please try again, or ask staff for help.",
  },
  internal: {
    "zh-CN": "请稍后重试，或请工作人员协助。",
    en: "Please try again, or ask staff for help.",
  },
};

export const KioskErrorBody = z.object({
  code: KioskErrorCode,
  /** For logs and technicians; may name ids and fields, never personal data. */
  message: z.string(),
  /** For the resident: the code's plain words, or the central service's own when it refused. */
  text: Message,
});
export type KioskErrorBody = z.infer<typeof KioskErrorBody>;

/** The error body for a code, with the code's own words unless better ones are given. */
export function errorBody(code: KioskErrorCode, message: string, text?: Message): KioskErrorBody {
  return { code, message, text: text ?? residentWords[code] };
}

/** Thrown by handlers (and by the Electron preload, to the page) for a failure the page can name. */
export class KioskCallError extends Error {
  readonly text: Message;

  constructor(
    readonly code: KioskErrorCode,
    message: string,
    text?: Message,
  ) {
    super(message);
    this.name = "KioskCallError";
    this.text = text ?? residentWords[code];
  }

  body(): KioskErrorBody {
    return { code: this.code, message: this.message, text: this.text };
  }
}
