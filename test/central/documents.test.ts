import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BirthCertificateReply,
  DOCUMENT_ROUTES,
  ErrorReply,
  MAX_DOCUMENT_BODY_BYTES,
} from "../../central/protocol";
import { type CentralServer, startCentralServer } from "../../central/server";
import { flatPng } from "../support/certificates/png";
import { type CertificateImage, renderCertificateSet } from "../support/certificates/render";
import { call } from "./harness";

let dir = "";
let server: CentralServer;
let token = "";
let logged = "";
let certificates: CertificateImage[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "documents-"));
  certificates = await renderCertificateSet(join(dir, "images"), 1);
  server = await startCentralServer({
    db: join(dir, "central.db"),
    port: 0,
    dataDir: dir,
    logLevel: "info",
    logDestination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.toString("utf8");
        done();
      },
    }),
  });
  const code = await server.createEnrollmentCode();
  const enrolled = await call(server.url, "POST", "/v1/enroll", { body: { code, name: "ocr" } });
  token = (enrolled.json as { token: string }).token;
}, 60_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, auth: string | null = token) =>
  call(server.url, "POST", DOCUMENT_ROUTES.birthCertificate, auth === null ? { body } : { token: auth, body });
const image = (bytes: Buffer, mime = "image/png") => ({ mime, base64: bytes.toString("base64") });
const refusal = (reply: { json: unknown }) => ErrorReply.parse(reply.json).error;

describe("POST /v1/documents/birth-certificate", () => {
  it("reads a synthetic certificate's four values and neither stores nor logs the picture or them", async () => {
    const clean = certificates[0];
    if (clean === undefined) throw new Error("no certificate rendered");
    const bytes = readFileSync(clean.file);
    const reply = await post(image(bytes));
    expect(reply.status).toBe(200);
    const read = BirthCertificateReply.parse(reply.json);
    if (read.status !== "read") throw new Error("unreadable");
    expect(read.fields.certificateNo?.value).toBe(clean.values.certificateNo);
    expect(read.fields.childName?.value).toBe(clean.values.childName);
    expect(read.fields.childSex?.value).toBe(clean.values.sex);
    expect(read.fields.childBirthDate?.value).toBe(clean.values.birthDate);
    expect(logged).toContain('"document read"');
    expect(logged).not.toContain(bytes.toString("base64").slice(100, 140));
    expect(logged).not.toContain(clean.values.certificateNo);
    expect(logged).not.toContain(clean.values.childName);
  }, 60_000);

  it("asks for the kiosk's token", async () => {
    expect((await post(image(flatPng(64, 64)), null)).status).toBe(401);
    expect((await post(image(flatPng(64, 64)), "not-a-token")).status).toBe(401);
  });

  it("answers 'unreadable' for a blank page and for a picture whose data is broken", async () => {
    const blank = await post(image(flatPng(400, 300)));
    expect(blank.status).toBe(200);
    expect(blank.json).toEqual({ status: "unreadable" });
    // A real JPEG header (SOF with a size) followed by garbage: the decoder fails, not the server.
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x00, 0x01, 0x00, 0x03]),
      Buffer.alloc(400, 0x55),
    ]);
    const broken = await post(image(jpeg, "image/jpeg"));
    expect(broken.status).toBe(200);
    expect(broken.json).toEqual({ status: "unreadable" });
  }, 60_000);

  it("refuses what is not a PNG or JPEG, or not the type it claims, in the house error shape", async () => {
    const notImage = await post(image(Buffer.from("%PDF-1.7 not a picture at all".repeat(4))));
    expect(notImage.status).toBe(400);
    expect(refusal(notImage).code).toBe("not_an_image");
    const lying = await post(image(flatPng(64, 64), "image/jpeg"));
    expect(lying.status).toBe(400);
    expect(refusal(lying).code).toBe("not_an_image");
    const notBase64 = await post({ mime: "image/png", base64: "<script>alert(1)</script>===" });
    expect(notBase64.status).toBe(400);
    expect(refusal(notBase64).code).toBe("invalid_body");
    const otherType = await post({ mime: "image/svg+xml", base64: flatPng(64, 64).toString("base64") });
    expect(otherType.status).toBe(400);
    const extra = await post({ ...image(flatPng(64, 64)), path: "/etc/passwd" });
    expect(extra.status).toBe(400);
    const tiny = await post(image(flatPng(8, 8)));
    expect(tiny.status).toBe(400);
  });

  it("refuses decompression bombs from their header, before any decoder runs", async () => {
    // 5000×5000 greyscale: 27 KB of PNG that would decode to 25 MB, past the side limit.
    const bomb = flatPng(5000, 5000, 0);
    expect(bomb.length).toBeLessThan(100_000);
    const tall = await post(image(bomb));
    expect(tall.status).toBe(413);
    expect(refusal(tall).code).toBe("image_too_large");
    // Within the side limit but past the pixel limit.
    const wide = await post(image(flatPng(3000, 3000, 0)));
    expect(wide.status).toBe(413);
    // A JPEG header declaring 65535×65535 pixels.
    const liar = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xff, 0xff, 0xff, 0x03]);
    expect((await post(image(Buffer.concat([liar, Buffer.alloc(64)]), "image/jpeg"))).status).toBe(413);
  }, 30_000);

  it("refuses a body over its limit with 413 and stays up", async () => {
    const huge = await post({ mime: "image/png", base64: "A".repeat(MAX_DOCUMENT_BODY_BYTES + 10) });
    expect(huge.status).toBe(413);
    expect(refusal(huge).code).toBe("too_large");
    expect((await call(server.url, "GET", "/healthz")).status).toBe(200);
  });

  it("answers busy (503) beyond its queue, never a 500, and reads again once the rush is over", async () => {
    const blank = image(flatPng(600, 400));
    const replies = await Promise.all(Array.from({ length: 8 }, () => post(blank)));
    const statuses = replies.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses).toContain(503);
    for (const r of replies.filter((r) => r.status === 503)) expect(refusal(r).code).toBe("ocr_busy");
    expect((await post(blank)).status).toBe(200);
  }, 60_000);
});
