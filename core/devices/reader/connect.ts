import { BAUD_RATES } from "../../../drivers/idcard/commands";
import { SamTimeoutError } from "../../../drivers/idcard/errors";
import { SamReader } from "../../../drivers/idcard/sam-reader";
import type { TransportOpener } from "./options";

/** How to reach the SAM once. */
export interface ConnectPlan {
  port: string;
  baudRate: number;
  autoBaud: boolean;
  /**
   * Keep retrying the first status for this long (modules answer only seconds after power-on), ms.
   */
  startupWindowMs: number;
  open: TransportOpener;
  sleep: (ms: number) => Promise<void>;
  /** True once the service is stopping: the power-up retries give up at once. */
  cancelled: () => boolean;
}

/** Per-rate status timeout while probing rates (about 300 ms each). */
const PROBE_TIMEOUT_MS = 300;

/**
 * Opens the port and proves a SAM answers: status `11 FF` at the configured rate (retried
 * through the power-up window), or with autoBaud at each rate from 115 200 down to 9 600 until
 * one answers with a valid frame. Then reads the SAM ID for diagnostics and sends `61 FF 50`,
 * ignoring a failure of either (both are optional). Throws the last error when nothing answers; the
 * caller retries later.
 */
export async function connectSam(plan: ConnectPlan): Promise<{ reader: SamReader; samId: string | null }> {
  const rates = plan.autoBaud ? BAUD_RATES : [plan.baudRate];
  let lastError: unknown = new Error("no baud rate to try");
  for (const rate of rates) {
    const transport = await plan.open(plan.port, rate);
    const reader = new SamReader(transport, {
      baudRate: rate,
      reopen: (newRate) => plan.open(plan.port, newRate),
      timeoutsMs: plan.autoBaud ? { status: PROBE_TIMEOUT_MS } : {},
    });
    try {
      await statusWithinWindow(reader, plan.autoBaud ? 0 : plan.startupWindowMs, plan);
      const samId = await reader.samId().then(
        (id) => id.text,
        () => null,
      );
      await reader.setMaxRfBytes(0x50).catch(() => undefined);
      return { reader, samId };
    } catch (error) {
      lastError = error;
      await reader.close().catch(() => undefined);
      if (plan.cancelled()) break;
    }
  }
  throw lastError;
}

async function statusWithinWindow(
  reader: SamReader,
  windowMs: number,
  plan: Pick<ConnectPlan, "sleep" | "cancelled">,
): Promise<void> {
  const deadline = Date.now() + windowMs;
  for (;;) {
    try {
      await reader.status();
      return;
    } catch (error) {
      // Only silence is worth waiting out; a status reply (SW3 60) or a lost port is final.
      const final = !(error instanceof SamTimeoutError) || !reader.transport.isOpen || plan.cancelled();
      if (final || Date.now() >= deadline) throw error;
      await plan.sleep(100);
    }
  }
}
