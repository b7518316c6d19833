import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DbKind } from "../db/connect";

/** Name of the data key file a SQLite central makes in its data folder on first start. */
export const DATA_KEY_FILE = "central-data.key";

/** The data key is missing or unreadable: the service refuses to start rather than store clear text. */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataKeyError";
  }
}

/** 32 bytes from a key file's text: base64 (as this service writes it) or 64 hex digits. */
export function parseDataKey(text: string, path: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32 || (!/^[0-9a-f]{64}$/i.test(trimmed) && key.toString("base64") !== trimmed)) {
    throw new DataKeyError(
      `数据密钥文件格式不正确 / the data key file ${path} must hold 32 random bytes as base64 or 64 hex digits`,
    );
  }
  return key;
}

/**
 * The key that seals residents' data (names, ID numbers, answers, photos) at rest.
 *
 * - `keyFile` given (CENTRAL_DATA_KEY_FILE): it must exist. Several processes on one PostgreSQL
 *   must share one key, so none of them may quietly make its own.
 * - SQLite without `keyFile`: `central-data.key` in the data folder, made on first start (mode
 *   0600; `wx` and re-read, so two processes starting at once end up with the same key).
 * - PostgreSQL without `keyFile`: refused. A database server is shared and backed up elsewhere; the
 *   key must be provisioned apart from it on purpose.
 */
export function loadDataKey(options: { kind: DbKind; dataDir: string; keyFile: string | undefined }): Buffer {
  if (options.keyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.keyFile, "utf8");
    } catch (error) {
      throw new DataKeyError(
        `无法读取数据密钥文件 / cannot read the data key file ${options.keyFile} (CENTRAL_DATA_KEY_FILE): ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
    return parseDataKey(text, options.keyFile);
  }
  if (options.kind === "postgres") {
    throw new DataKeyError(
      "使用 PostgreSQL 时必须提供数据密钥文件 / on PostgreSQL set CENTRAL_DATA_KEY_FILE to a file holding 32 random " +
        "bytes as base64 (e.g. `openssl rand -base64 32`), the same file for every central process",
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const path = join(options.dataDir, DATA_KEY_FILE);
  try {
    writeFileSync(path, `${randomBytes(32).toString("base64")}\n`, { flag: "wx", mode: 0o600 });
  } catch {
    // It exists already (or another process just made it): use that one.
  }
  return parseDataKey(readFileSync(path, "utf8"), path);
}
