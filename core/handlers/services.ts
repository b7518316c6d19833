import { findServices } from "../../kiosk-config/search/find-services";
import { KioskCallError } from "../api";
import { toSummary } from "./catalog";
import type { KioskHandlers } from "../rpc";
import type { KioskSettings } from "../config/kiosk-settings";
import type { IdentitySlot } from "../session/identity-slot";
import type { SessionManager } from "../session/session-manager";
import type { CentralClient } from "../sync/central-client";
import type { Online } from "../services/central-failure";
import { readBirthCertificate } from "../services/document-reading";
import type { Logger } from "../log";
import { runQuery } from "../services/query-service";
import { submitService, type Submit } from "../services/submit-service";
import { takeTicket } from "../services/ticket-service";

export interface ServiceParts {
  settings: KioskSettings;
  sessions: SessionManager;
  identity: IdentitySlot;
  submit: Submit;
  /** A client for online-only calls; rejects when the kiosk has not enrolled. */
  central: () => Promise<CentralClient>;
  online: Online;
  log: Logger;
  now: () => Date;
}

/** Calls that only make sense inside the resident's current session. */
function requireSession(sessions: SessionManager, sessionId: string): void {
  if (sessions.current?.sessionId !== sessionId) {
    throw new KioskCallError("session-ended", "this session has ended; please start again");
  }
}

export function serviceHandlers(
  parts: ServiceParts,
): Pick<
  KioskHandlers,
  | "searchServices"
  | "getService"
  | "listDepartments"
  | "submitService"
  | "runQuery"
  | "takeTicket"
  | "readBirthCertificate"
> {
  const { settings, sessions, identity } = parts;
  const catalog = () => settings.catalog();
  const serviceParts = () => ({
    catalog: catalog(),
    config: settings.config(),
    central: parts.central,
    online: parts.online,
  });
  return {
    searchServices: ({ query }) => ({
      services: findServices(query, catalog().services()).map(toSummary),
    }),

    getService: ({ serviceId }) => {
      const service = catalog().byId(serviceId);
      if (!service)
        throw new KioskCallError("not-offered", `service "${serviceId}" is not offered at this kiosk`);
      return service;
    },

    listDepartments: () => ({
      departments: catalog()
        .departments()
        .map((d) => ({ id: d.id, name: d.name })),
    }),

    submitService: (request) => {
      requireSession(sessions, request.sessionId);
      return submitService({ ...serviceParts(), identity, submit: parts.submit, now: parts.now }, request);
    },

    runQuery: (request) => {
      requireSession(sessions, request.sessionId);
      return runQuery({ ...serviceParts(), identity, now: parts.now }, request);
    },

    readBirthCertificate: (request) => {
      requireSession(sessions, request.sessionId);
      return readBirthCertificate({ central: parts.central, online: parts.online, log: parts.log }, request);
    },

    takeTicket: (request) => {
      requireSession(sessions, request.sessionId);
      return takeTicket(serviceParts(), request);
    },
  };
}
