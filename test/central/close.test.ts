import { once } from "node:events";
import { join } from "node:path";
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { startCentralServer } from "../../central/server";
import { tempDir } from "../support/runtime";

/** Everything the socket receives until the server ends the connection. */
function readAll(socket: Socket): Promise<string> {
  let text = "";
  socket.setEncoding("latin1");
  socket.on("data", (chunk: string) => (text += chunk));
  return once(socket, "close").then(() => text);
}

describe("closing the central service", () => {
  it("ends a kept-alive connection whose request was under way, once it is answered", async () => {
    const dir = tempDir("central-close-");
    const server = await startCentralServer({ db: join(dir, "central.db"), dataDir: dir, port: 0 });
    const { port } = new URL(server.url);
    const socket = connect(Number(port), "127.0.0.1");
    await once(socket, "connect");
    const received = readAll(socket);
    // One chunk: a whole request, then the head of a heartbeat whose body has not come yet. Once
    // the first reply is here, the server has read the heartbeat's head: that request is under way.
    socket.write(
      "GET /healthz HTTP/1.1\r\nHost: central\r\n\r\n" +
        "POST /v1/heartbeat HTTP/1.1\r\nHost: central\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n",
    );
    await new Promise<void>((resolve) => {
      const first = (chunk: string): void => {
        if (!chunk.includes("\r\n\r\n")) return;
        socket.off("data", first);
        resolve();
      };
      socket.on("data", first);
    });

    const closed = server.close();
    socket.write("{}");
    // Without "Connection: close" on the reply the socket stays open and close() never settles
    // (until keepAliveTimeout, past this test's timeout).
    await closed;
    const text = await received;
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toMatch(/HTTP\/1\.1 401[\s\S]*connection: close/i);
  });
});
