import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PaymentOrder, paymentOrderPath } from "../../central/protocol";
import { startCentralServer } from "../../central/server";
import { run as payer } from "../../scripts/sim/payer";
import { call } from "./harness";

let dir = "";
let previousDb: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sim-payer-"));
  previousDb = process.env.CENTRAL_DB;
  process.env.CENTRAL_DB = join(dir, "central.db");
});
afterAll(() => {
  if (previousDb === undefined) delete process.env.CENTRAL_DB;
  else process.env.CENTRAL_DB = previousDb;
  rmSync(dir, { recursive: true, force: true });
});

async function capture(argv: string[]) {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await payer(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("npm run sim -- payer", () => {
  it("pays, declines or times out an order, and the kiosk's next read sees it", async () => {
    const server = await startCentralServer({ db: process.env.CENTRAL_DB ?? "", port: 0, dataDir: dir });
    try {
      const code = await server.createEnrollmentCode();
      const enrolled = await call(server.url, "POST", "/v1/enroll", { body: { code, name: "payer" } });
      const { token } = enrolled.json as { token: string };
      const open = async () =>
        PaymentOrder.parse(
          (
            await call(server.url, "POST", "/v1/payments/orders", {
              token,
              body: {
                submissionId: randomUUID(),
                serviceId: "utility-bill-payment",
                answers: { utility: "water", accountNo: "12345678" },
              },
            })
          ).json,
        );
      const read = async (id: string) =>
        PaymentOrder.parse((await call(server.url, "GET", paymentOrderPath(id), { token })).json);

      const paid = await open();
      const result = await capture([paid.id, "--pay"]);
      expect(result.code, result.err).toBe(0);
      const line = JSON.parse(result.out) as { state: string; transactionNo: string };
      expect(line).toMatchObject({ orderId: paid.id, state: "paid" });
      expect(await read(paid.id)).toMatchObject({ state: "paid", transactionNo: line.transactionNo });
      const again = await capture([paid.id, "--decline"]);
      expect(again.code).toBe(1);
      expect(again.err).toContain("already ended (paid)");
      expect((await read(paid.id)).state).toBe("paid");

      const declined = await open();
      expect((await capture([declined.id, "--decline"])).code).toBe(0);
      expect((await read(declined.id)).state).toBe("declined");
      const late = await open();
      expect((await capture([late.id, "--timeout"])).code).toBe(0);
      expect((await read(late.id)).state).toBe("expired");

      expect((await capture([randomUUID(), "--pay"])).code).toBe(2);
      const usage = await capture([paid.id, "--pay", "--decline"]);
      expect(usage.code).toBe(2);
      expect(usage.err).toContain("exactly one of --pay, --decline, --timeout");
      expect((await capture(["not-an-id", "--pay"])).code).toBe(2);
    } finally {
      await server.close();
    }
  });
});
