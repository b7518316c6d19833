import { realpathSync } from "node:fs";
import { join, sep } from "node:path";
import type { KioskEnv } from "../core/config/env";
import type { AppUpdatesFactory } from "../core/update/app-updates";
import { InstallFolder } from "../core/update/install-folder";
import { WebShellUpdater } from "../core/update/web-updater";
import { projectRoot } from "./project";

/**
 * The web shell's updater, on only when this copy runs from the versioned install folder
 * (KIOSK_INSTALL_ROOT/versions/<version>/, started through `current` by the supervisor): a
 * checkout, a CI run or a developer's `npm start` never replaces itself.
 */
export function webShellUpdates(env: KioskEnv, restart: () => void): AppUpdatesFactory {
  return (parts) => {
    const versions = realOrSelf(join(env.installRoot, "versions")) + sep;
    if (!realOrSelf(projectRoot).startsWith(versions)) {
      parts.logger.info(
        { installRoot: env.installRoot },
        "not running from the install folder: app updates off",
      );
      return undefined;
    }
    return new WebShellUpdater({
      folder: new InstallFolder(env.installRoot),
      journalPath: parts.journalPath,
      feed: parts.feed,
      sessions: parts.sessions,
      running: parts.running,
      requestRestart: restart,
      logger: parts.logger,
      now: () => new Date(),
    });
  };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
