import type { CallName, EventName, EventPayload, KioskApi, KioskErrorBody, Message } from "../../../core/api";
import { reloadWhenServed } from "./reload-when-served";
import type { FromSocket, ToSocket } from "./socket-worker";

/** An error reply from core, carried to the caller with its code and the resident's words. */
export class KioskError extends Error {
  constructor(
    readonly code: KioskErrorBody["code"] | "disconnected",
    message: string,
    /** Core's plain words for the resident; none when the connection itself was lost. */
    readonly text: Message | null = null,
  ) {
    super(message);
    this.name = "KioskError";
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: KioskErrorBody };
type Incoming = Reply | { event: EventName; payload: unknown } | { ping: number };

/**
 * window.kiosk for the web shell: the same KioskApi as under Electron, carried over a WebSocket to
 * core on 127.0.0.1. Calls made before the socket opens wait for it. The socket itself lives in a
 * worker (socket-worker.ts says why): replies must not wait for the resident's finger to lift.
 *
 * The page answers core's pings from its main thread, so core can tell a page that is stuck from
 * one that is only quiet (core/webshell/api-socket.ts). When the socket closes, whoever closed it,
 * core has ended the resident's session, and the page starts again from a reload once the
 * kiosk's address answers (reload-when-served.ts).
 */
export function createWebClient(url: string): KioskApi {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let open = false;
  const worker = new Worker(new URL("./socket-worker.ts", import.meta.url), { type: "module" });
  const tell = (message: ToSocket): void => worker.postMessage(message);
  const send = (data: string): void => tell({ type: "send", data });

  const connect = (): void => tell({ type: "connect", url });
  const received = (event: MessageEvent<FromSocket>): void => {
    const socket = event.data;
    if (socket.type === "open") {
      open = true;
      for (const message of queue.splice(0)) send(message);
    } else if (socket.type === "message") {
      const message = JSON.parse(socket.data) as Incoming;
      if ("ping" in message) {
        send(JSON.stringify({ pong: message.ping }));
        return;
      }
      if ("event" in message) {
        for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
        return;
      }
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new KioskError(message.error.code, message.error.message, message.error.text));
    } else {
      open = false;
      // Calls in flight may or may not have run; core's calls are safe to retry by the caller.
      for (const [id, waiter] of pending) {
        waiter.reject(new KioskError("disconnected", "connection to the kiosk runtime was lost"));
        pending.delete(id);
      }
      reloadWhenServed();
    }
  };
  worker.onmessage = received;
  connect();

  const invoke = (call: CallName, request: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const message = JSON.stringify({ id, call, request });
      if (open) send(message);
      else queue.push(message);
    });

  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) => {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    const stored = listener as (payload: unknown) => void;
    set.add(stored);
    return () => set.delete(stored);
  };

  // Every property but `on` is a call; core checks the name and the request, so the page cannot
  // reach anything the contract does not list.
  return new Proxy({ on } as unknown as KioskApi, {
    get: (_target, name) => {
      if (name === "on") return on;
      if (typeof name !== "string" || name === "then") return undefined;
      return (request: unknown) => invoke(name as CallName, request ?? {});
    },
  });
}
