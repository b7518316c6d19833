import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { settleFromProvider } from "../../central/payments/settle";
import { type PayerAction, SimulatorProvider } from "../../central/payments/simulator";
import { parseCommandArgs } from "../cli/args";

const USAGE = `usage: npm run --silent sim -- payer <orderId> --pay|--decline|--timeout
Acts as the resident's phone on a payment order the simulator holds: pays it, declines it, or
lets it run out. Works straight on the central database (CENTRAL_DB, default ./var/central.db, or
a postgres:// URL), whether or not the central service runs; the kiosk sees the outcome on its
next status read. Prints the outcome as one JSON line: {"orderId","state","transactionNo"?}.
Exit codes: 0 the order is in the state asked for, 1 it had already ended otherwise (nothing
changed), 2 usage error or no such order.`;

export const summary = "act as the payer on a simulated payment order (--pay, --decline or --timeout)";

const Flags = z
  .object({
    orderId: z.uuid("orderId must be a payment order's id (a uuid)"),
    pay: z.boolean().optional(),
    decline: z.boolean().optional(),
    timeout: z.boolean().optional(),
  })
  .refine((f) => [f.pay, f.decline, f.timeout].filter((v) => v === true).length === 1, {
    error: "give exactly one of --pay, --decline, --timeout",
  });

const WANTED: Record<PayerAction, string> = { pay: "paid", decline: "declined", timeout: "expired" };

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "sim payer",
      usage: USAGE,
      options: { pay: { type: "boolean" }, decline: { type: "boolean" }, timeout: { type: "boolean" } },
      allowPositionals: true,
      check: (values, positionals) => Flags.parse({ ...values, orderId: positionals[0] }),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  const action: PayerAction = flags.pay === true ? "pay" : flags.decline === true ? "decline" : "timeout";
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const now = () => new Date();
    const order = await db.db
      .selectFrom("payment_orders")
      .select(["provider", "provider_order_id"])
      .where("id", "=", flags.orderId)
      .executeTakeFirst();
    // The pay link's address is not needed here: the payer is acting on the ledger itself.
    const provider = new SimulatorProvider(db.db, now, "");
    const ledger =
      order?.provider === provider.name
        ? await db.db
            .selectFrom("sim_payments")
            .select("token")
            .where("id", "=", order.provider_order_id)
            .executeTakeFirst()
        : undefined;
    if (order === undefined || ledger === undefined) {
      process.stderr.write(`sim payer: no simulated payment order ${flags.orderId}\n`);
      return 2;
    }
    const acted = await provider.act(ledger.token, action);
    if (acted === undefined) throw new Error("simulated order vanished");
    await settleFromProvider({ db: db.db, now }, provider, acted.id);
    const { state, transactionNo } = acted.status;
    process.stdout.write(`${JSON.stringify({ orderId: flags.orderId, state, transactionNo })}\n`);
    if (state !== WANTED[action]) {
      process.stderr.write(`sim payer: the order had already ended (${state}); nothing changed\n`);
      return 1;
    }
    return 0;
  } finally {
    await db.close();
  }
}
