import fc from "fast-check";

/** The parts of an OpenAPI 3.0 schema object (as zod writes them) that shape generated values. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  nullable?: boolean;
}

const anyJson = fc.jsonValue({ maxDepth: 3 });

/**
 * Values shaped by `schema`: mostly valid, so requests get past the first check and reach the
 * code behind it. Anything the converter does not understand becomes arbitrary JSON.
 */
export function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (schema === undefined || depth > 6) return anyJson;
  const base = ((): fc.Arbitrary<unknown> => {
    if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options !== undefined && options.length > 0)
      return fc.oneof(...options.map((o) => fromSchema(o, depth + 1)));
    switch (schema.type) {
      case "object": {
        const props = schema.properties ?? {};
        const record = fc.record(
          Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, depth + 1)])),
          { requiredKeys: (schema.required ?? []).filter((k) => k in props) },
        );
        const extra = schema.additionalProperties;
        if (extra === undefined || extra === false) return record;
        const extras = fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }),
          extra === true ? anyJson : fromSchema(extra, depth + 1),
          { maxKeys: 3 },
        );
        return fc.tuple(extras, record).map(([e, r]) => ({ ...e, ...r }));
      }
      case "array":
        return fc.array(fromSchema(schema.items, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        });
      case "string": {
        if (schema.format === "uuid") return fc.uuid();
        if (schema.format === "date-time")
          return fc
            .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
            .map((d) => d.toISOString());
        if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
        return fc.string({
          unit: "grapheme",
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 40, 40),
        });
      }
      case "integer":
        return fc.integer({ min: schema.minimum ?? -1e6, max: Math.min(schema.maximum ?? 1e6, 1e9) });
      case "number":
        return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
      case "boolean":
        return fc.boolean();
      case undefined:
      default:
        return anyJson;
    }
  })();
  return schema.nullable === true ? fc.option(base, { nil: null }) : base;
}

/** JSON text `depth` levels deep. */
const deepText = (depth: number): string => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

/**
 * A request body as text: valid per schema, a valid body with one field broken, any JSON at all,
 * raw text, or nesting far past any limit.
 */
export function bodyText(schema: JsonSchema | undefined): fc.Arbitrary<string> {
  const valid = fromSchema(schema);
  const broken = fc
    .tuple(valid, fc.string({ maxLength: 8 }), anyJson)
    .map(([v, key, junk]) =>
      typeof v === "object" && v !== null && !Array.isArray(v) ? { ...v, [key]: junk } : junk,
    );
  return fc.oneof(
    { weight: 5, arbitrary: valid.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: broken.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: anyJson.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 17, max: 30_000 }).map((d) => `{"x":${deepText(d)}}`) },
  );
}
