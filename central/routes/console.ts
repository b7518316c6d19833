import type { FastifyReply } from "fastify";
import { consoleDir, loadConsoleFiles, type StaticFile } from "../console/static-files";
import type { RouteModule } from "./types";

// Script and styles come from this origin only: no inline code, nothing from elsewhere.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The fleet console (console/, built into dist/console) as static files under /console/. The
 * page is public; everything it shows comes from the fleet routes and needs a manager's session.
 */
export const consoleRoutes: RouteModule = (app) => {
  const dir = consoleDir();
  const files = dir === undefined ? new Map<string, StaticFile>() : loadConsoleFiles(dir);
  const send = (reply: FastifyReply, file: StaticFile) =>
    reply
      .header("Content-Security-Policy", CSP)
      .header("X-Content-Type-Options", "nosniff")
      .header("Referrer-Policy", "no-referrer")
      .header("Cache-Control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache")
      .type(file.type)
      .send(file.body);

  // The old address of the console keeps answering.
  app.get("/console", (_request, reply) => reply.redirect("/console/", 301));
  app.get("/console/", (_request, reply) => {
    const index = files.get("index.html");
    if (index === undefined) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("控制台尚未构建 / the console is not built: run npm run build");
    }
    return send(reply, index);
  });
  app.get<{ Params: { "*": string } }>("/console/*", (request, reply) => {
    const file = files.get(request.params["*"]);
    if (file === undefined) {
      return reply.code(404).send({ error: { code: "not_found", zh: "未找到", en: "no such file" } });
    }
    return send(reply, file);
  });
};
