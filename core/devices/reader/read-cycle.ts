import { type ReaderErrorInfo, ReaderError, SamChecksumError } from "../../../drivers/idcard/errors";
import type { SamReader } from "../../../drivers/idcard/sam-reader";
import { SamStatusError, SW3_READ_FAILED, SW3_SELECT_FAILED } from "../../../drivers/idcard/status";
import { parseTextBlock } from "../../../drivers/idcard/text-block";
import type { ReaderEventHub } from "./events";

/**
 * Where the card is, as far as polling knows:
 * - idle: no card;
 * - present: a card was found and not read yet (select 81 is retried at the next poll);
 * - done: read, or failed for good; nothing more until the card has been taken away.
 */
type Phase = "idle" | "present" | "done";

/**
 * The message the resident sees when a read fails twice (a failed read usually means the card
 * moved).
 */
export const REPLACE_CARD = {
  zh: "读卡失败，请拿起身份证后重新放置",
  en: "The card could not be read. Please lift it and place it again.",
};

/**
 * One poll of the read loop (drivers/idcard/README.md, "Read cycle"): find, select, read, emit
 * `card-read` once per placement, then require removal (two consecutive "no card") before reading
 * again. Timeouts and disconnects propagate to the caller, which owns the connection.
 */
export class ReadCycle {
  #phase: Phase = "idle";

  constructor(private readonly hub: ReaderEventHub) {}

  get phase(): Phase {
    return this.#phase;
  }

  /**
   * Reads the card lying on the reader once more at the next poll, for a session that began
   * after it was read (the earlier read was wiped with its session). Nothing when no card lies
   * there, or it has not been read yet.
   */
  rearm(): void {
    if (this.#phase === "done") this.#phase = "present";
  }

  /** Forgets the card (after a reconnect nothing is known about it). */
  reset(): void {
    this.#phase = "idle";
  }

  async tick(reader: SamReader): Promise<void> {
    if (this.#phase === "idle") {
      // During idle polling one "no card" is enough.
      if (!(await reader.find())) return;
      this.#phase = "present";
      this.hub.emit("card-present");
    } else if (!(await this.#stillThere(reader))) {
      this.#phase = "idle";
      this.hub.emit("card-removed");
      return;
    }
    if (this.#phase === "present") await this.#read(reader);
  }

  /** A card once seen is gone only after two consecutive 80s: the first is often spurious. */
  async #stillThere(reader: SamReader): Promise<boolean> {
    return (await reader.find()) || (await reader.find());
  }

  async #read(reader: SamReader): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        if (attempt > 0 && !(await reader.find())) throw new SamStatusError("find card (20 01)", 0x80);
        await reader.select();
        const read = await reader.readBase();
        const record = parseTextBlock(read.text);
        this.#phase = "done";
        this.hub.emit("card-read", record, read.photo);
        return;
      } catch (error) {
        if (error instanceof SamStatusError && error.sw3 === SW3_SELECT_FAILED && attempt === 0) return;
        if (!(error instanceof ReaderError) || error.code === "timeout" || error.code === "disconnected")
          throw error;
        if (isRetryable(error) && attempt === 0) continue;
        this.#phase = "done";
        this.hub.emit("reader-error", replaceInfo(error));
        return;
      }
    }
  }
}

/** A 41 (card moved) or a corrupt reply: worth one more try before bothering the resident. */
function isRetryable(error: ReaderError): boolean {
  return (
    (error instanceof SamStatusError && error.sw3 === SW3_READ_FAILED) || error instanceof SamChecksumError
  );
}

/** The resident-facing error: ask to re-place the card, keeping the cause's code. */
function replaceInfo(error: ReaderError): ReaderErrorInfo {
  if (error.code === "unsupported-card") return error.toInfo();
  return { code: error.code, ...REPLACE_CARD };
}
