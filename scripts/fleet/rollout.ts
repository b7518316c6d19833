import { parseArgs } from "node:util";
import { openCentralDb } from "../../central/db/connect";
import { rolloutsPage } from "../../central/db/queries/rollouts";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { HttpError } from "../../central/http/errors";
import { actOnRollout, evaluateRollouts } from "../../central/rollouts/rollout-service";
import { RolloutAction } from "../../central/rollouts/schemas";
import { rolloutReply } from "../../central/rollouts/to-reply";

const USAGE =
  "usage: npm run --silent fleet -- rollout list\n" +
  "       npm run --silent fleet -- rollout <pause|resume|cancel|rollback> ROLLOUT_ID\n" +
  "  Works on CENTRAL_DB directly (audited as fleet-script); prints JSON.\n";

export const summary = "lists rollouts, or pauses, resumes, cancels or rolls one back";

/** Lists rollouts (newest 50, as JSON lines) or pauses, resumes, cancels or rolls one back. */
export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: false,
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, id, extra] = positionals;
  const action = RolloutAction.safeParse(command);
  if (command !== "list" && (!action.success || id === undefined || extra !== undefined)) {
    process.stderr.write(
      `rollout: ${command === undefined ? "missing command" : `cannot read "${positionals.join(" ")}"`}\n${USAGE}`,
    );
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    if (command === "list") {
      await evaluateRollouts(db.db, new Date());
      for (const r of await rolloutsPage(db.db, { limit: 50 }))
        process.stdout.write(`${JSON.stringify(rolloutReply(r))}\n`);
      return 0;
    }
    if (!action.success || id === undefined) return 2;
    const row = await actOnRollout(db.db, id, action.data, "fleet-script", new Date());
    process.stdout.write(`${JSON.stringify(rolloutReply(row))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof HttpError) {
      process.stderr.write(`rollout: ${error.reason.en}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
