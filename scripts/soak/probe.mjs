// Preloaded into the kiosk process by the soak (`node --expose-gc --import probe.mjs start.mjs`),
// never by the product. On each "soak-sample" message from the parent over the IPC channel it
// collects garbage first (so the figures are live memory, not garbage awaiting a collection), then
// answers with the process's own view: heap, RSS and the active handles by kind. The soak reads
// open file descriptors itself from /proc/PID/fd.
process.on("message", (message) => {
  if (message !== "soak-sample" || typeof process.send !== "function") return;
  if (typeof globalThis.gc === "function") globalThis.gc();
  const memory = process.memoryUsage();
  /** @type {Record<string, number>} */
  const handles = {};
  for (const kind of process.getActiveResourcesInfo()) handles[kind] = (handles[kind] ?? 0) + 1;
  process.send({
    kind: "soak-sample",
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    heapTotal: memory.heapTotal,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
    handles,
  });
});
// The IPC channel must not keep a kiosk alive that would otherwise exit.
process.channel?.unref();
