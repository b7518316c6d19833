import { authenticateKiosk } from "../auth/authenticate";
import { latestConfigFor } from "../db/queries/configs";
import { HttpError } from "../http/errors";
import { ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const configRoutes: RouteModule = (app, ctx) => {
  app.get(ROUTES.config, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const row = await latestConfigFor(ctx.db, kiosk.site);
    if (row === undefined) {
      throw new HttpError(
        404,
        "no_config",
        "尚未发布终端配置",
        "no config has been published for this kiosk",
      );
    }
    // Signed per kiosk: a bundle copied to another terminal names the wrong kiosk.
    return ctx.signer.sign({
      version: row.version,
      expires: row.expires_at,
      kiosk: kiosk.id,
      config: JSON.parse(row.config_json) as Record<string, unknown>,
    });
  });
};
