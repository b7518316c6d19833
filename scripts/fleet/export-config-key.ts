import * as z from "zod";
import { centralDataDir } from "../../central/data-dir";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { readSigner, signingKeyFile } from "../../central/fleet/signing-key";
import { parseCommandArgs, plainError } from "../cli/args";

const USAGE = `usage: npm run --silent fleet -- export-config-key [--pem]
Prints the public key the central service signs config bundles and the catalog with, as the
kiosk's trusted-config-keys.json (install it as KIOSK_DATA_DIR/trusted-config-keys.json in the
kiosk image); --pem prints the bare public key instead. Reads the key from CENTRAL_DATA_DIR, else
the folder of CENTRAL_DB (SQLite), else ./var (PostgreSQL); the central service makes it at its
first start. Needs no running service.
`;

export const summary = "prints the public key kiosk images must trust (trusted-config-keys.json)";

/** `fleet export-config-key`: the public half of the central's config-signing key, for kiosk images. */
export function run(argv: string[]): Promise<number> {
  return Promise.resolve(exportKey(argv));
}

function exportKey(argv: string[]): number {
  const parsed = parseCommandArgs(
    {
      name: "export-config-key",
      usage: USAGE,
      options: { pem: { type: "boolean" } },
      check: (v) => z.object({ pem: z.boolean().optional() }).parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const dataDir = centralDataDir(
    process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB,
    process.env.CENTRAL_DATA_DIR === "" ? undefined : process.env.CENTRAL_DATA_DIR,
  );
  let signer;
  try {
    signer = readSigner(dataDir);
  } catch (error) {
    process.stderr.write(
      `export-config-key: ${signingKeyFile(dataDir)} is not a usable key: ${plainError(error)}\n`,
    );
    return 1;
  }
  if (signer === undefined) {
    process.stderr.write(
      `export-config-key: no signing key at ${signingKeyFile(dataDir)}: start the central service once ` +
        "(npm run central) with the same CENTRAL_DB / CENTRAL_DATA_DIR, or point them at its folder\n",
    );
    return 1;
  }
  const key = { keyid: signer.keyid, publicKeyPem: signer.publicKeyPem };
  process.stdout.write(parsed.values.pem === true ? key.publicKeyPem : `${JSON.stringify([key], null, 2)}\n`);
  return 0;
}
