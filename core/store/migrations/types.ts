import type { WritableDb } from "../handles";

/** One schema step. Versions go up in steps of 10, leaving room to slot in a hotfix. */
export interface Migration {
  /** Becomes `PRAGMA user_version` once applied. */
  version: number;
  /** Short name recorded beside the version, checked on every open. */
  name: string;
  up(db: WritableDb): void;
}
