/**
 * Typed reader errors. Each carries a stable `code` for programs and a plain Chinese and English
 * sentence for the resident or the technician; none ever carries card data.
 */
export class ReaderError extends Error {
  constructor(
    /** Stable machine code, e.g. "timeout" or "sam-status-41". */
    readonly code: string,
    /** Plain Chinese message. */
    readonly zh: string,
    /** Plain English message. */
    readonly en: string,
    options?: ErrorOptions,
  ) {
    super(`${en} (${zh})`, options);
    this.name = "ReaderError";
  }

  /** The form that travels in events and JSON: code and both messages, nothing else. */
  toInfo(): ReaderErrorInfo {
    return { code: this.code, zh: this.zh, en: this.en };
  }
}

/** The serialisable shape of a reader error, as events carry it. */
export interface ReaderErrorInfo {
  code: string;
  zh: string;
  en: string;
}

/** No valid reply before the command's deadline. */
export class SamTimeoutError extends ReaderError {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(
      "timeout",
      `读卡器在 ${timeoutMs} 毫秒内没有应答（${command}）`,
      `the reader did not answer ${command} within ${timeoutMs} ms`,
    );
    this.name = "SamTimeoutError";
  }
}

/** A reply arrived but its checksum was wrong, and no valid reply followed. */
export class SamChecksumError extends ReaderError {
  constructor(readonly command: string) {
    super(
      "checksum",
      `读卡器应答校验错误（${command}）`,
      `the reader's reply to ${command} failed its checksum`,
    );
    this.name = "SamChecksumError";
  }
}

/** A well-formed frame whose content does not fit the command (wrong size, wrong layout). */
export class SamProtocolError extends ReaderError {
  constructor(
    readonly command: string,
    detail: string,
  ) {
    super(
      "protocol",
      `读卡器应答格式错误（${command}）：${detail}`,
      `unexpected reply to ${command}: ${detail}`,
    );
    this.name = "SamProtocolError";
  }
}

/** The transport closed (unplugged, path vanished) before or during a command. */
export class ReaderDisconnectedError extends ReaderError {
  constructor(description: string, options?: ErrorOptions) {
    super(
      "disconnected",
      `读卡器已断开：${description}`,
      `the reader is disconnected: ${description}`,
      options,
    );
    this.name = "ReaderDisconnectedError";
  }
}

/**
 * The card's data cannot be turned into an identity record. Names the field, never its content
 * (the record is personal data; its shape is not).
 */
export class CardDataError extends ReaderError {
  constructor(readonly field: string) {
    super("card-data", `身份证数据无法识别（${field}）`, `the card data is unreadable (${field})`);
    this.name = "CardDataError";
  }
}

/** The type marker at text offset 248 names no layout the kiosk knows. */
export class UnsupportedCardError extends ReaderError {
  constructor(readonly marker: number) {
    super(
      "unsupported-card",
      `不支持的证件类型（标记 0x${marker.toString(16).padStart(4, "0")}）`,
      `unsupported card type (marker 0x${marker.toString(16).padStart(4, "0")})`,
    );
    this.name = "UnsupportedCardError";
  }
}
