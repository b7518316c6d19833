import { setFlagsFromString } from "node:v8";

/**
 * Keeps V8's heap for new objects at its starting size (1 MB per half) for the kiosk process.
 * V8 doubles it while start-up allocates fast, up to 16 MB per half, and never gives it back while
 * the kiosk stands idle: 30 MB of the process's resident memory for well under 1 MB of live young
 * objects. The kiosk's steady work (a page's calls, a card read, a print) allocates little, so the
 * price is only more, smaller scavenges while it starts. The flag is read each time V8 would
 * grow the space, so setting it here, before the rest of the kiosk's modules load, is enough; it
 * holds for the embedded central's thread too. `--max-semi-space-size` would say the same but
 * works only on node's command line, which `npm start` and the installed unit do not control.
 *
 * Imported first by scripts/start.ts for this side effect alone.
 */
setFlagsFromString("--semi-space-growth-factor=1");
