/**
 * The web shell's WebSocket, held in a worker of its own. The page keeps the calls, their
 * replies and the events; this file only carries text both ways.
 *
 * Why a worker: while a finger is on the glass, Chromium puts the page's main thread in its
 * "touchstart" mode and holds back its WebSocket and timer tasks until the finger lifts or about
 * 100 ms have passed (measured on the kiosk page: a key held down got its search results ~110 ms
 * after the touch, with the reply long arrived). The on-screen keyboard asks on the key's touch,
 * so every search waited for it. A worker's socket is not held, and its messages reach the page
 * as posted messages, which that mode does not hold either.
 */

/** Page → worker. */
export type ToSocket = { type: "connect"; url: string } | { type: "send"; data: string };
/** Worker → page. */
export type FromSocket = { type: "open" } | { type: "message"; data: string } | { type: "close" };

let socket: WebSocket | null = null;
const tell = (message: FromSocket): void => {
  postMessage(message);
};

addEventListener("message", (event: MessageEvent<ToSocket>) => {
  const message = event.data;
  if (message.type === "send") {
    // The page sends only after "open"; a message racing a close is lost with the others in
    // flight, and the page rejects them all when it hears "close".
    if (socket?.readyState === WebSocket.OPEN) socket.send(message.data);
    return;
  }
  const ws = new WebSocket(message.url);
  socket = ws;
  ws.onopen = () => tell({ type: "open" });
  ws.onmessage = (e: MessageEvent<string>) => tell({ type: "message", data: e.data });
  ws.onclose = () => {
    if (socket === ws) socket = null;
    tell({ type: "close" });
  };
});
