import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import * as z from "zod";
import { authenticateKiosk } from "../auth/authenticate";
import { requireRole } from "../managers/require-role";
import { appendAudit } from "../db/queries/audit";
import { badRequest, HttpError, notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import {
  AppVersion,
  ReleaseChannel,
  ReleaseFileName,
  ReleasePublishQuery,
  ROUTES,
  UPDATE_FEEDS,
} from "../protocol";
import { desiredAppVersion } from "../updates/desired-app-version";
import { feedOf, feedYaml } from "../updates/feed-yaml";
import { releaseFilePath } from "../updates/release-files";
import { publishRelease, releaseFiles } from "../updates/releases";
import type { RouteModule } from "./types";

const FeedParams = z.strictObject({
  channel: ReleaseChannel,
  feed: z.enum(["latest.yml", "latest-linux.yml"]),
});
const FileParams = z.strictObject({ channel: ReleaseChannel, version: AppVersion, name: ReleaseFileName });

const noRelease = (): HttpError =>
  new HttpError(404, "no_release", "暂无可用的新版本", "no release is offered to this kiosk on this channel");

/**
 * The update feed, per kiosk: latest.yml (Windows) and latest-linux.yml (Linux, also read by the
 * web shell's switcher) in electron-updater's generic-provider format, and the files they name.
 * Both ask desiredAppVersion, so a kiosk can only download the version meant for it.
 */
export const updateRoutes: RouteModule = (app, ctx) => {
  app.get(ROUTES.updatesFeed, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const params = parseOr400(FeedParams, request.params);
    const version = await desiredAppVersion(ctx.db, kiosk, params.channel);
    if (version === undefined) throw noRelease();
    const platform = UPDATE_FEEDS[params.feed];
    const files = (await releaseFiles(ctx.db, params.channel, version)).filter(
      (f) => f.platform === platform,
    );
    const feed = feedOf(version, files);
    if (feed === undefined) throw noRelease();
    return reply.type("text/yaml; charset=utf-8").header("cache-control", "no-store").send(feedYaml(feed));
  });

  app.get(ROUTES.updatesFile, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const params = parseOr400(FileParams, request.params);
    if ((await desiredAppVersion(ctx.db, kiosk, params.channel)) !== params.version) throw noRelease();
    const file = (await releaseFiles(ctx.db, params.channel, params.version)).find(
      (f) => f.name === params.name,
    );
    if (file === undefined) throw notFound("release file");
    const stream = createReadStream(releaseFilePath(ctx.releasesDir, params));
    return reply.type("application/octet-stream").header("content-length", String(file.size)).send(stream);
  });

  // The release file is the body itself: a 120 MB installer is streamed to disk, never buffered.
  app.addContentTypeParser("application/octet-stream", (_request, payload, done) => {
    done(null, payload);
  });
  app.post(ROUTES.fleetReleases, async (request, reply) => {
    const actor = await requireRole(ctx, request, "operator");
    const query = parseOr400(ReleasePublishQuery, request.query);
    if (!(request.body instanceof Readable)) {
      throw badRequest("invalid_body", "send the release file as application/octet-stream");
    }
    const published = await publishRelease(ctx.db, ctx.releasesDir, query, request.body, ctx.now());
    await appendAudit(ctx.db, {
      at: published.publishedAt,
      actor: actor.name,
      action: "release.publish",
      detail: { channel: query.channel, version: query.version, name: query.name, sha512: published.sha512 },
    });
    return reply.code(201).send(published);
  });
};
