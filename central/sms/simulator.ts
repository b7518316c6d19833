import type { Kysely } from "kysely";
import { maskPhone } from "../../kiosk-config/services/phone-answer";
import type { CentralSchema } from "../db/schema";
import type { SmsProvider } from "./provider";

/**
 * The default SMS provider: sends nothing, records each message (number masked) in `sim_sms`,
 * where `npm run sim -- sms` shows it. Keyed on the message id, so a repeat records nothing new.
 */
export class SimulatorSms implements SmsProvider {
  readonly name = "simulator";

  constructor(
    private readonly db: Kysely<CentralSchema>,
    private readonly now: () => Date,
  ) {}

  async send(message: { key: string; to: string; text: string }): Promise<{ providerRef: string }> {
    await this.db
      .insertInto("sim_sms")
      .values({
        id: message.key,
        phone_masked: maskPhone(message.to),
        text: message.text,
        sent_at: this.now().toISOString(),
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
    return { providerRef: `sim-${message.key}` };
  }
}

/** The simulator's messages, newest first. */
export async function simulatedMessages(db: Kysely<CentralSchema>, limit = 50) {
  return db.selectFrom("sim_sms").selectAll().orderBy("sent_at", "desc").limit(limit).execute();
}
