/**
 * The commands the kiosk sends with their per-command timeouts (README, "Commands and timeouts").
 * Frames are always built from these CMD/PARA pairs, never pasted.
 */
export interface CommandSpec {
  /** Name used in errors and logs, e.g. "find (20 01)". */
  readonly label: string;
  readonly cmd: number;
  readonly para: number;
  /** Timeout at 115 200 baud, ms. */
  readonly timeoutMs: number;
  /** Largest reply in bytes; below 115 200 baud its wire time is added to the timeout. */
  readonly maxReplyBytes: number;
}

const spec = (
  label: string,
  cmd: number,
  para: number,
  timeoutMs: number,
  maxReplyBytes = 19,
): CommandSpec => ({
  label: `${label} (${hex(cmd)} ${hex(para)})`,
  cmd,
  para,
  timeoutMs,
  maxReplyBytes,
});

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}

export const COMMANDS = {
  reset: spec("reset SAM", 0x10, 0xff, 1000),
  status: spec("SAM status", 0x11, 0xff, 1000),
  samId: spec("read SAM ID", 0x12, 0xff, 1000, 27),
  find: spec("find card", 0x20, 0x01, 1000),
  select: spec("select card", 0x20, 0x02, 1000),
  readBase: spec("read base", 0x30, 0x01, 3000, 1295),
  readWithFingerprint: spec("read base + fingerprint", 0x30, 0x10, 4000, 2321),
  newestAddress: spec("read newest address", 0x30, 0x03, 2000, 291),
  managementInfo: spec("read management info", 0x30, 0x05, 1000, 39),
  setMaxRfBytes: spec("set max RF bytes", 0x61, 0xff, 1000),
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** Rates the SAM accepts with `60 pp`, and their pp code. */
export const BAUD_CODES: ReadonlyMap<number, number> = new Map([
  [115200, 0x00],
  [57600, 0x01],
  [38400, 0x02],
  [19200, 0x03],
  [9600, 0x04],
]);

/** The rates in auto-baud probe order: the factory rate first. */
export const BAUD_RATES: readonly number[] = [...BAUD_CODES.keys()];

/** The set-rate command for one rate; throws for a rate the SAM does not support. */
export function setBaudCommand(baudRate: number): CommandSpec {
  const code = BAUD_CODES.get(baudRate);
  if (code === undefined) {
    throw new RangeError(`baud rate must be one of ${BAUD_RATES.join(", ")}; got ${baudRate}`);
  }
  return spec(`set rate ${baudRate}`, 0x60, code, 1000);
}

/** Wire time of `bytes` at `baudRate`, 8N1 = 10 bits a byte, in ms. */
export function wireTimeMs(bytes: number, baudRate: number): number {
  return (bytes * 10 * 1000) / baudRate;
}

/** The command's timeout at a given rate: below 115 200 the reply's wire time is added. */
export function timeoutFor(command: CommandSpec, baudRate: number): number {
  const extra = baudRate < 115200 ? wireTimeMs(command.maxReplyBytes, baudRate) : 0;
  return Math.ceil(command.timeoutMs + extra);
}
