import { authenticateKiosk } from "../auth/authenticate";
import { HttpError } from "../http/errors";
import { ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const configRoutes: RouteModule = (app, ctx) => {
  app.get(ROUTES.config, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const effective = await ctx.effectiveConfigs.for(kiosk);
    if (effective === undefined) {
      throw new HttpError(
        404,
        "no_config",
        "尚未发布终端配置",
        "no config has been published for this kiosk",
      );
    }
    // Signed per kiosk: a bundle copied to another terminal names the wrong kiosk.
    return ctx.signer.sign({
      version: effective.version,
      expires: effective.expiresAt,
      kiosk: kiosk.id,
      config: effective.body,
      sources: effective.sources,
    });
  });
};
