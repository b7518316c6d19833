import { ReaderError } from "./errors";

/** SW3 values that mean success for some command. */
export const SW3_OK = 0x90;
export const SW3_NO_SUCH_ITEM = 0x91;
export const SW3_FOUND = 0x9f;
export const SW3_NO_CARD = 0x80;
export const SW3_SELECT_FAILED = 0x81;
export const SW3_READ_FAILED = 0x41;
export const SW3_SELF_TEST_FAILED = 0x60;

/**
 * Every known SW3 (README, "Status byte SW3"): the standard's wording and what it means for the
 * kiosk.
 */
const STATUS: Readonly<Record<number, { zh: string; en: string }>> = {
  0x90: { zh: "操作成功", en: "success" },
  0x91: { zh: "居民身份证中无此项内容", en: "the card has no such item" },
  0x9f: { zh: "寻找居民身份证成功", en: "card found" },
  0x10: { zh: "接收业务终端数据的校验和错", en: "the SAM received a frame with a bad checksum" },
  0x11: { zh: "接收业务终端数据的长度错", en: "the SAM received a frame with a bad length" },
  0x21: { zh: "接收业务终端的命令错误", en: "bad command or parameter" },
  0x23: { zh: "越权操作", en: "operation not permitted" },
  0x24: { zh: "无法识别的错误", en: "unrecognised error" },
  0x31: { zh: "居民身份证认证SAM_A失败", en: "the card failed to authenticate the SAM" },
  0x32: { zh: "SAM_A认证居民身份证失败", en: "the SAM failed to authenticate the card" },
  0x33: { zh: "信息验证失败", en: "data verification failed" },
  0x37: { zh: "指纹信息验证错误", en: "fingerprint data verification failed" },
  0x3f: { zh: "信息长度错误", en: "data length error" },
  0x40: { zh: "无法识别的居民身份证类型", en: "unrecognised card type (not an ID card)" },
  0x41: {
    zh: "读居民身份证操作失败，请拿起身份证重新放置",
    en: "reading the card failed; lift the card and place it again",
  },
  0x47: { zh: "取随机数失败", en: "get-challenge failed" },
  0x60: { zh: "SAM_A自检失败，不能接收命令", en: "SAM self-test failed; the reader is unusable" },
  0x66: { zh: "SAM_A没经过授权，无法使用", en: "the SAM is not authorised" },
  0x80: { zh: "寻找居民身份证失败（没有放卡）", en: "no card on the reader" },
  0x81: { zh: "选取居民身份证失败", en: "selecting the card failed" },
};

/** Two-digit upper-case hex, as SW3 codes are written in the reference. */
export function hex2(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}

/** True for codes listed in STATUS. */
export function isKnownSw3(sw3: number): boolean {
  return sw3 in STATUS;
}

/** A SAM status that stopped a command. An unlisted SW3 is a device error that keeps the raw code. */
export class SamStatusError extends ReaderError {
  constructor(
    /** The command that got this status, e.g. "read base (30 01)". */
    readonly command: string,
    /** The raw SW3 byte. */
    readonly sw3: number,
    /** SW1 SW2 forwarded from the card (informational only). */
    readonly sw12: readonly [number, number] = [0, 0],
  ) {
    const known = STATUS[sw3];
    super(
      `sam-status-${hex2(sw3)}`,
      known ? `${known.zh}（SW3 ${hex2(sw3)}）` : `读卡器返回未知状态 ${hex2(sw3)}`,
      known ? `${known.en} (SW3 ${hex2(sw3)})` : `the reader returned an unknown status ${hex2(sw3)}`,
    );
    this.name = "SamStatusError";
  }

  /** Whether this status is listed in STATUS (an unlisted one is a device error). */
  get known(): boolean {
    return isKnownSw3(this.sw3);
  }
}
