import * as z from "zod";

/**
 * What the kiosk's main thread and the embedded central's worker thread say to each other.
 * Structured-cloned between threads of one process, and still checked: a message that does not
 * fit is a bug to report, not something to act on.
 */
export const ToCentral = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("enrollment-code"), id: z.number().int() }),
  z.object({ kind: z.literal("stop") }),
]);
export type ToCentral = z.infer<typeof ToCentral>;

export const FromCentral = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ready"),
    url: z.string(),
    publicKeys: z.array(z.object({ keyid: z.string(), publicKeyPem: z.string() })),
  }),
  z.object({ kind: z.literal("enrollment-code"), id: z.number().int(), code: z.string() }),
  z.object({ kind: z.literal("failed"), id: z.number().int().nullable(), message: z.string() }),
  z.object({ kind: z.literal("stopped") }),
]);
export type FromCentral = z.infer<typeof FromCentral>;

/** What the worker is started with (workerData). */
export const CentralWorkerData = z.object({ dataDir: z.string() });
