import type { FastifyInstance } from "fastify";
import type { CentralContext } from "../context";

/** One domain's routes: registers them on the app. */
export type RouteModule = (app: FastifyInstance, ctx: CentralContext) => void;
