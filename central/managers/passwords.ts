import { hash, verify } from "@node-rs/argon2";

/**
 * Manager passwords, hashed with argon2id at the library's defaults (19 MiB, 2 passes: OWASP's
 * floor), stored as a PHC string that names its own parameters, so raising them later keeps
 * old hashes verifiable.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

// A hash of a password nobody has, verified when the username is unknown, so a wrong username
// takes as long as a wrong password and the reply time does not tell which names exist.
let decoy: Promise<string> | undefined;

export async function passwordMatches(password: string, stored: string | undefined): Promise<boolean> {
  if (stored === undefined) {
    decoy ??= hash("decoy password that no manager has");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Plain rules for a new password; long passphrases welcome. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return "password must have at least 12 characters";
  if (password.length > 256) return "password must have at most 256 characters";
  return undefined;
}
