import fc from "fast-check";
import * as z from "zod";
import { type CallName, callNames, KioskErrorBody, KioskErrorCode, kioskCalls } from "../../core/api";

/**
 * Random payloads for the KioskApi, shaped by its zod schemas: each field is sometimes a value of
 * the right kind (within or beyond its limits), sometimes anything at all; fields go missing and
 * foreign ones appear. Shaped payloads get past the first checks and reach the handlers; pure
 * junk tests the first checks themselves.
 */

/**
 * Real values a fuzzer could not guess (the technician token, the open session's id), offered
 * for fields of these names, so that random requests reach past the gate into the handlers.
 */
export type Hints = Partial<Record<string, fc.Arbitrary<unknown>>>;

/** Anything JSON-like, nested a little, including keys such as `__proto__`. */
export const junk: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  maxKeys: 5,
  withNullPrototype: true,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "then")),
});

const strings = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.string({ unit: "grapheme", minLength: 60, maxLength: 3000 }),
  fc.constantFrom(
    "",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "3501**********123X",
    "\u0000",
    "🦄".repeat(30),
  ),
);

function valueFor(schema: z.ZodType, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return junk;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return fc.oneof(valueFor(schema.unwrap() as z.ZodType, hints, depth + 1), fc.constant(undefined));
  }
  if (schema instanceof z.ZodObject) return objectFor(schema, hints, depth);
  if (schema instanceof z.ZodString) return strings;
  if (schema instanceof z.ZodNumber) {
    return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER + 2));
  }
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum) return fc.oneof(fc.constantFrom(...schema.options), strings);
  if (schema instanceof z.ZodLiteral) return fc.oneof(fc.constantFrom(...schema.values), junk);
  if (schema instanceof z.ZodArray) {
    return fc.array(fc.oneof(valueFor(schema.element as z.ZodType, hints, depth + 1), junk), {
      maxLength: 6,
    });
  }
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) {
    const options = schema.options as readonly z.ZodType[];
    return fc.oneof(...options.map((o) => valueFor(o, hints, depth + 1)));
  }
  if (schema instanceof z.ZodRecord) return fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 8 });
  return junk;
}

function objectFor(schema: z.ZodObject, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!(field instanceof z.ZodType)) continue;
    const hint = hints[key];
    const shaped = valueFor(field, hints, depth + 1);
    fields[key] = hint === undefined ? fc.oneof(shaped, junk) : fc.oneof(hint, shaped, junk);
  }
  const some = fc.record(fields, { requiredKeys: [] });
  const extra = fc.dictionary(fc.string({ maxLength: 10 }), junk, { minKeys: 1, maxKeys: 3 });
  return fc.oneof(
    { weight: 4, arbitrary: some },
    { weight: 1, arbitrary: fc.tuple(some, extra).map(([a, b]) => ({ ...b, ...(a as object) })) },
    { weight: 1, arbitrary: junk },
  );
}

/** One call with a random request: its name and the payload to send. */
export interface FuzzCase {
  call: CallName;
  request: unknown;
}

/** Random requests for one call, shaped by its request schema. */
export function requestFor(call: CallName, hints: Hints = {}): fc.Arbitrary<unknown> {
  return valueFor(kioskCalls[call].request as z.ZodType, hints, 0);
}

/** Random requests for every call of the contract. */
export function fuzzCases(hints: Hints = {}): fc.Arbitrary<FuzzCase> {
  return fc.oneof(...callNames.map((call) => requestFor(call, hints).map((request) => ({ call, request }))));
}

/** A reply as it arrives over a wire: checked, so a malformed one fails the test by itself. */
export const WireReply = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: KioskErrorBody }),
]);

/** The error codes a caller's mistake may get; `internal` means core broke, never the caller. */
const CALLER_ERRORS = new Set<string>(KioskErrorCode.options.filter((code) => code !== "internal"));

/**
 * Why a reply to a random request is not acceptable, or null: it must be a success that passed
 * its reply schema (a random request may be valid) or an error naming the caller's mistake in
 * words, never an internal failure.
 */
export function badReply(call: CallName, reply: z.infer<typeof WireReply>): string | null {
  if (reply.ok) {
    return kioskCalls[call].reply.safeParse(reply.result).success ? null : `${call}: reply failed its schema`;
  }
  if (!CALLER_ERRORS.has(reply.error.code)) return `${call}: ${reply.error.code}: ${reply.error.message}`;
  if (reply.error.message.length === 0) return `${call}: an error without words`;
  return null;
}
