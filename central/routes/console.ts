import type { FastifyReply } from "fastify";
import { consoleCss, consoleHtml, consoleJs } from "../console/page";
import type { RouteModule } from "./types";

// Script and styles come from this origin only: no inline code, nothing from elsewhere.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'";

/** The fleet console page; the page itself is public, everything it shows needs the manager token. */
export const consoleRoutes: RouteModule = (app) => {
  const send = (type: string, body: string) => (_request: unknown, reply: FastifyReply) =>
    reply
      .header("Content-Security-Policy", CSP)
      .header("X-Content-Type-Options", "nosniff")
      .type(type)
      .send(body);
  app.get("/console", send("text/html; charset=utf-8", consoleHtml));
  app.get("/console/app.js", send("text/javascript; charset=utf-8", consoleJs));
  app.get("/console/style.css", send("text/css; charset=utf-8", consoleCss));
};
