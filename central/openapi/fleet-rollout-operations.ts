import { FLEET_ROUTES } from "../fleet/routes";
import {
  KioskConfigReply,
  LayerPublishReply,
  LayerPutRequest,
  LayerReply,
  LayersReply,
  PlacementReply,
  PlacementRequest,
  Rollout,
  RolloutCreateRequest,
  RolloutDetailReply,
  RolloutsReply,
} from "../rollouts/schemas";
import { common, err, type Operation } from "./operation";

const forbidden = err("the manager's role may not do this (viewer < operator < admin)");

/** Config layers, staged rollouts, and one kiosk's placement and desired vs reported state. */
export const fleetRolloutOperations: Operation[] = [
  {
    method: "get",
    path: FLEET_ROUTES.layers,
    summary: "Config layers with their newest version, by name (?limit=1..200, ?cursor=<nextCursor>)",
    auth: "manager",
    replies: { 200: { description: "layers", schema: LayersReply }, ...common },
  },
  {
    method: "get",
    path: FLEET_ROUTES.layer,
    summary: 'One layer\'s 20 newest revisions ("global", "district:…", "site:…" or "kiosk:…")',
    auth: "manager",
    replies: {
      200: { description: "revisions", schema: LayerReply },
      ...common,
      404: err("no such layer"),
    },
  },
  {
    method: "put",
    path: FLEET_ROUTES.layer,
    summary: "Publish a new revision of a layer to every kiosk it reaches at once (no rollout); operator",
    auth: "manager",
    request: LayerPutRequest,
    replies: {
      201: { description: "published", schema: LayerPublishReply },
      ...common,
      403: forbidden,
      422: err("the config does not pass the schema"),
    },
  },
  {
    method: "get",
    path: FLEET_ROUTES.rollouts,
    summary: "Rollouts, newest first (?limit=1..200, ?cursor=<nextCursor>, ?status=)",
    auth: "manager",
    replies: { 200: { description: "rollouts", schema: RolloutsReply }, ...common },
  },
  {
    method: "post",
    path: FLEET_ROUTES.rollouts,
    summary:
      "Start a staged rollout of a config layer or an app version: a pilot group, then percentages, each with an error threshold that pauses it; operator",
    auth: "manager",
    request: RolloutCreateRequest,
    replies: {
      201: { description: "started", schema: Rollout },
      ...common,
      403: forbidden,
      422: err("the config does not pass the schema (invalid_config)"),
    },
  },
  {
    method: "get",
    path: FLEET_ROUTES.rollout,
    summary: "One rollout with its progress per group and where each kiosk stands (moves it on first)",
    auth: "manager",
    replies: {
      200: { description: "rollout", schema: RolloutDetailReply },
      ...common,
      404: err("no such rollout"),
    },
  },
  {
    method: "post",
    path: FLEET_ROUTES.rolloutAction,
    summary: "pause, resume, cancel or rollback a rollout (the action is the last path segment); operator",
    auth: "manager",
    replies: {
      200: { description: "the rollout after the action", schema: Rollout },
      ...common,
      403: forbidden,
      404: err("no such rollout or action"),
      409: err("the action does not apply in the rollout's state, or the rollout moved meanwhile"),
    },
  },
  {
    method: "get",
    path: FLEET_ROUTES.kioskConfig,
    summary: "A kiosk's desired config (layers, values and where each came from) beside what it reports",
    auth: "manager",
    replies: {
      200: { description: "desired vs reported", schema: KioskConfigReply },
      ...common,
      404: err("no such kiosk"),
    },
  },
  {
    method: "put",
    path: FLEET_ROUTES.kioskPlacement,
    summary: "Place a kiosk in a district and a site (null clears; left out keeps); operator",
    auth: "manager",
    request: PlacementRequest,
    replies: {
      200: { description: "placed", schema: PlacementReply },
      ...common,
      403: forbidden,
      404: err("no such kiosk"),
    },
  },
];
