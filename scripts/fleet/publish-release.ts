import { createReadStream, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { HttpError } from "../../central/http/errors";
import { AppVersion, ReleaseChannel, ReleaseFileName } from "../../central/protocol";
import { releasesDir } from "../../central/updates/release-files";
import { publishRelease } from "../../central/updates/releases";

const USAGE =
  "usage: npm run --silent fleet -- publish-release --channel CHANNEL --version X.Y.Z --file PATH\n" +
  "Stores the file (an .exe, .AppImage, .deb or web-shell .tar.gz) with the central service's data\n" +
  "(CENTRAL_DATA_DIR, else beside the SQLite file, else ./var) and offers it on the channel's update\n" +
  "feed (/v1/updates/CHANNEL/latest.yml or latest-linux.yml). Prints the file's sha512. Uses CENTRAL_DB.\n";

export const summary = "offers an app release on a channel's update feed";

const Flags = z.object({
  channel: ReleaseChannel,
  version: AppVersion,
  file: z.string().min(1, "--file is needed"),
});

/** Publishes one release file into CENTRAL_DB and the data folder directly (service up or down). */
export async function run(argv: string[]): Promise<number> {
  let flags: z.infer<typeof Flags>;
  let name: z.infer<typeof ReleaseFileName>;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        channel: { type: "string" },
        version: { type: "string" },
        file: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(USAGE);
      return 0;
    }
    const parsed = Flags.safeParse(values);
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
    }
    flags = parsed.data;
    const fileName = ReleaseFileName.safeParse(basename(flags.file));
    if (!fileName.success)
      throw new Error(`${basename(flags.file)}: ${fileName.error.issues[0]?.message ?? "bad name"}`);
    name = fileName.data;
    if (!statSync(flags.file, { throwIfNoEntry: false })?.isFile())
      throw new Error(`no such file: ${flags.file}`);
  } catch (error) {
    process.stderr.write(
      `publish-release: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const dataDir =
      process.env.CENTRAL_DATA_DIR ?? (db.file === undefined ? resolve("var") : dirname(db.file));
    const published = await publishRelease(
      db.db,
      releasesDir(dataDir),
      { channel: flags.channel, version: flags.version, name },
      createReadStream(flags.file),
      new Date(),
    );
    process.stdout.write(`${published.sha512}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    process.stderr.write(`publish-release: ${error.reason.en}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
