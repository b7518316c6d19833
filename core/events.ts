import type { EventName, EventPayload } from "./api";
import { EventHub } from "./event-hub";

/** The kiosk's events (api.ts `kioskEvents`), each with its one payload. */
export type KioskEventMap = { [E in EventName]: [payload: EventPayload<E>] };

/**
 * The hub for core → UI events. Shells subscribe once and forward every event to their page;
 * core modules emit without knowing which shell, if any, is listening.
 */
export class KioskEvents extends EventHub<KioskEventMap> {}
