import { queryPath, QueryReply, ROUTES, TicketReply } from "../../central/protocol";
import { searchServices } from "../../kiosk-config/search/search";
import { KioskCallError } from "../api";
import { toSummary } from "./catalog";
import type { KioskHandlers } from "../rpc";
import type { KioskSettings } from "../config/kiosk-settings";
import type { IdentitySlot } from "../session/identity-slot";
import type { SessionManager } from "../session/session-manager";
import type { CentralClient } from "../sync/central-client";
import { receiptQrUrl } from "../services/receipts";
import { submitService, type Submit } from "../services/submit-service";

export interface ServiceParts {
  settings: KioskSettings;
  sessions: SessionManager;
  identity: IdentitySlot;
  submit: Submit;
  /** A client for online-only calls; rejects when the kiosk has not enrolled. */
  central: () => Promise<CentralClient>;
  now: () => Date;
}

/** Calls that only make sense inside the resident's current session. */
function requireSession(sessions: SessionManager, sessionId: string): void {
  if (sessions.current?.sessionId !== sessionId) {
    throw new KioskCallError("failed", "this session has ended; please start again");
  }
}

const offline = (): never => {
  throw new KioskCallError("failed", "offline: the central service cannot be reached");
};

export function serviceHandlers(
  parts: ServiceParts,
): Pick<
  KioskHandlers,
  "searchServices" | "getService" | "listDepartments" | "submitService" | "runQuery" | "takeTicket"
> {
  const { settings, sessions, identity } = parts;
  const catalog = () => settings.catalog();
  const offeredIds = () =>
    catalog()
      .services()
      .map((s) => s.id);
  return {
    searchServices: ({ query }) => ({
      services: searchServices(query, "zh-CN", offeredIds())
        .slice(0, 20)
        .flatMap((hit) => {
          const service = catalog().byId(hit.id);
          return service ? [toSummary(service)] : [];
        }),
    }),

    getService: ({ serviceId }) => {
      const service = catalog().byId(serviceId);
      if (!service) throw new KioskCallError("failed", `service "${serviceId}" is not offered at this kiosk`);
      return service;
    },

    listDepartments: () => ({
      departments: catalog()
        .departments()
        .map((d) => ({ id: d.id, name: d.name })),
    }),

    submitService: (request) => {
      requireSession(sessions, request.sessionId);
      return submitService(
        { catalog: catalog(), config: settings.config(), identity, submit: parts.submit, now: parts.now },
        request,
      );
    },

    runQuery: async ({ sessionId, serviceId, answers }) => {
      requireSession(sessions, sessionId);
      const service = catalog().byId(serviceId);
      if (service?.kind !== "query")
        throw new KioskCallError("failed", `"${serviceId}" is not a query service here`);
      const record = identity.recordFor(sessionId);
      if (record === null)
        throw new KioskCallError("failed", "identity-required: place your ID card on the reader");
      const params = Object.fromEntries(
        Object.entries(answers).filter((e): e is [string, string | number | boolean] => !Array.isArray(e[1])),
      );
      const exchange = await (await parts.central()).exchange("POST", queryPath(serviceId), QueryReply, {
        body: {
          identity: {
            name: record.name,
            idNumber: record.idNumber,
            birthDate: record.birthDate,
            sex: record.sex,
            cardType: record.cardType,
          },
          params,
        },
      });
      if (exchange.kind === "retry" || exchange.kind === "not-modified") return offline();
      if (exchange.kind === "reject") throw new KioskCallError("failed", exchange.reason.en);
      const rows = exchange.body.rows;
      return {
        rows,
        receipt: {
          layoutId: "query-printout",
          data: {
            title: service.name["zh-CN"].slice(0, 60),
            rows: rows
              .slice(0, 200)
              .map((r) => ({ label: r.label["zh-CN"].slice(0, 40), value: r.value.slice(0, 200) })),
            queriedAt: parts.now().toISOString(),
            kioskName: settings.config().kioskName.slice(0, 40),
            note: "查询结果仅供本人参考，本机不保存。",
          },
        },
      };
    },

    takeTicket: async ({ sessionId, departmentId }) => {
      requireSession(sessions, sessionId);
      const department = catalog()
        .departments()
        .find((d) => d.id === departmentId);
      if (!department) throw new KioskCallError("failed", `no queue department "${departmentId}" here`);
      const exchange = await (await parts.central()).exchange("POST", ROUTES.tickets, TicketReply, {
        body: { centreId: settings.config().serviceCentreId, departmentId },
      });
      if (exchange.kind === "retry" || exchange.kind === "not-modified") return offline();
      if (exchange.kind === "reject") throw new KioskCallError("failed", exchange.reason.en);
      const ticket = exchange.body;
      return {
        ticketNo: ticket.ticketNo,
        departmentId,
        departmentName: department.name,
        waitingAhead: ticket.waitingAhead,
        issuedAt: ticket.issuedAt,
        receipt: {
          layoutId: "queue-ticket",
          data: {
            ticketNumber: ticket.ticketNo,
            serviceName: department.name["zh-CN"].slice(0, 60),
            centreName: "福州市民服务中心",
            waitingAhead: ticket.waitingAhead,
            issuedAt: ticket.issuedAt,
            qrUrl: receiptQrUrl(settings.config(), "queue", ticket.ticketNo),
          },
        },
      };
    },
  };
}
