import {
  AuditReply,
  LoginReply,
  LoginRequest,
  Manager,
  ManagerCreateRequest,
  ManagerPatchRequest,
  ManagersReply,
  MeReply,
} from "../fleet/manager-schemas";
import { FLEET_ROUTES } from "../fleet/routes";
import { common, err, type Operation } from "./operation";

const forbidden = err("the manager's role may not do this (viewer < operator < admin)");

/** Managers' sessions, their accounts (admin) and the audit trail. */
export const managerOperations: Operation[] = [
  {
    method: "post",
    path: FLEET_ROUTES.login,
    summary: "Log a manager in with username and password: a session token that expires",
    auth: "none",
    request: LoginRequest,
    replies: {
      200: { description: "session", schema: LoginReply },
      400: common[400],
      401: err("wrong username or password, or the account is disabled (bad_login)"),
    },
  },
  {
    method: "post",
    path: FLEET_ROUTES.logout,
    summary: "End this session (the break-glass credential has none to end)",
    auth: "manager",
    replies: { 204: { description: "logged out" }, 401: common[401] },
  },
  {
    method: "get",
    path: FLEET_ROUTES.me,
    summary: "Who the credential belongs to and its role",
    auth: "manager",
    replies: { 200: { description: "the manager", schema: MeReply }, 401: common[401] },
  },
  {
    method: "get",
    path: FLEET_ROUTES.managers,
    summary: "Manager accounts by username, a page at a time (?limit=1..200, ?cursor=<nextCursor>); admin",
    auth: "manager",
    replies: { 200: { description: "accounts", schema: ManagersReply }, ...common, 403: forbidden },
  },
  {
    method: "post",
    path: FLEET_ROUTES.managers,
    summary: "Create a manager account (password of at least 12 characters); admin",
    auth: "manager",
    request: ManagerCreateRequest,
    replies: {
      201: { description: "created", schema: Manager },
      ...common,
      403: forbidden,
      409: err("the username is taken"),
      422: err("weak password"),
    },
  },
  {
    method: "patch",
    path: FLEET_ROUTES.manager,
    summary: "Change a manager's role, password or disabled state; ends their sessions; admin",
    auth: "manager",
    request: ManagerPatchRequest,
    replies: {
      200: { description: "the account after the change", schema: Manager },
      ...common,
      403: forbidden,
      404: err("no such manager"),
      422: err("weak password"),
    },
  },
  {
    method: "get",
    path: FLEET_ROUTES.audit,
    summary: "The append-only audit log, newest first (?limit=1..200, ?cursor=, ?actor=, ?action=)",
    auth: "manager",
    replies: { 200: { description: "entries", schema: AuditReply }, ...common },
  },
];
