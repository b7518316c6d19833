import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { forgetMaskedValues, maskInLogs } from "./privacy/session-values";

/** A logger whose lines come back parsed, as they would be written. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("trace", {
    write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { logger, lines, text: () => JSON.stringify(lines) };
}

const idNumber = "35010219900101123X";
const name = "林小安";
const address = "福建省福州市鼓楼区测试路1号";

afterEach(() => forgetMaskedValues());

describe("the kiosk log", () => {
  it("masks an Error's message, stack, name and cause", () => {
    const { logger, lines, text } = capture();
    const cause = new Error(`reader said ${idNumber}`);
    const error = new Error(`could not submit for ${idNumber}`, { cause });
    error.name = `CardError[${idNumber}]`;
    logger.error({ err: error }, "submit failed");
    logger.warn(error);
    expect(text()).not.toContain(idNumber);
    expect(text()).toContain("3501**********123X");
    const err = lines[0]?.err as { message: string; stack: string; type: string; cause: { message: string } };
    expect(err.message).toBe("could not submit for 3501**********123X");
    expect(err.stack).toMatch(/could not submit for 3501\*{10}123X\n\s+at /);
    expect(err.cause.message).toBe("reader said 3501**********123X");
    expect(err.type).toBe("CardError[3501**********123X]");
    expect(lines[1]?.msg).toBe("could not submit for 3501**********123X");
  });

  it("masks the current resident's name and address everywhere, until the session is wiped", () => {
    const { logger, text } = capture();
    maskInLogs([name, idNumber, address]);
    logger.info({ holder: { name }, note: `${name} lives at ${address}` }, `card read for ${name}`);
    logger.error({ err: new TypeError(`cannot print ticket for ${name}`) }, "print failed");
    expect(text()).not.toContain(name);
    expect(text()).not.toContain(address);
    expect(text()).toContain("林**");
    forgetMaskedValues();
    logger.info(`after the session: ${name}`);
    // Nothing to match any more: the set is empty, like the identity slot.
    expect(text()).toContain(`after the session: ${name}`);
  });
});
