import * as z from "zod";
import { LocalizedText } from "./text";

/** An option's value is what the answers map stores and what routes compare against. */
export const OptionValue = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case option value");

export const Option = z.object({ value: OptionValue, label: LocalizedText });
export type Option = z.infer<typeof Option>;

/** Short free text, kept short on purpose: common phrases come first, keyboard last. */
export const TextAnswer = z.object({
  type: z.literal("text"),
  /** Longest accepted answer in characters; default 20. */
  maxLength: z.number().int().positive().max(200).default(20),
  /** Shortest accepted answer in characters; default 1 (0 would make an empty answer valid). */
  minLength: z.number().int().nonnegative().default(1),
  /** A regular expression (source, anchored by the engine) the answer must match; default none. */
  pattern: z.string().optional(),
  /** What to tell the resident when the pattern fails, in plain words; required with `pattern`. */
  patternHint: LocalizedText.optional(),
  /** Common phrases offered as tiles before the keyboard; default none. */
  phrases: z.array(LocalizedText).default([]),
  /** Keyboard to show: pinyin for Chinese text, alphanumeric for codes; default "pinyin". */
  keyboard: z.enum(["pinyin", "alphanumeric", "numeric"]).default("pinyin"),
});

export const NumberAnswer = z.object({
  type: z.literal("number"),
  /** Smallest accepted value; default 0. */
  min: z.number().default(0),
  /** Largest accepted value (required: a pad without a bound invites typos). */
  max: z.number(),
  /** Whether decimals are allowed (amounts in yuan); default false. */
  decimals: z.boolean().default(false),
  /** Unit shown after the pad, e.g. 元 or 年; default none. */
  unit: LocalizedText.optional(),
});

export const DateAnswer = z.object({
  type: z.literal("date"),
  /** Earliest selectable date, in days from today (negative = past); default -36500. */
  minDaysFromToday: z.number().int().default(-36500),
  /** Latest selectable date, in days from today; default 0 (today). */
  maxDaysFromToday: z.number().int().default(0),
});

export const SelectAnswer = z.object({
  type: z.literal("select"),
  options: z.array(Option).min(2),
  /** Whether several options may be chosen (checkbox tiles); default false. */
  multiple: z.boolean().default(false),
});

/** A few large single-choice tiles; use `select` for long lists or several choices. */
export const RadioAnswer = z.object({
  type: z.literal("radio"),
  options: z.array(Option).min(2).max(6),
});

/** An 11-digit mobile number on a numeric pad, starting with 1. */
export const PhoneAnswer = z.object({ type: z.literal("phone") });

/** An 18-character ID number (GB 11643 check digit) on the ID pad. */
export const IdNumberAnswer = z.object({ type: z.literal("id-number") });

/** A Fuzhou district picked from tiles, then a short street address. */
export const FuzhouAddressAnswer = z.object({
  type: z.literal("fuzhou-address"),
  /** Longest street address in characters; default 40. */
  maxLength: z.number().int().positive().max(100).default(40),
});

/** Photos from the kiosk camera. */
export const PhotoAnswer = z.object({
  type: z.literal("photo"),
  /** Most photos the resident may take; default 1. */
  maxPhotos: z.number().int().min(1).max(6).default(1),
});

/** A statement the resident must accept to continue (an unticked consent never counts as answered). */
export const ConsentAnswer = z.object({
  type: z.literal("consent"),
  statement: LocalizedText,
});

export const Answer = z.discriminatedUnion("type", [
  TextAnswer,
  NumberAnswer,
  DateAnswer,
  SelectAnswer,
  RadioAnswer,
  PhoneAnswer,
  IdNumberAnswer,
  FuzhouAddressAnswer,
  PhotoAnswer,
  ConsentAnswer,
]);
export type Answer = z.infer<typeof Answer>;
export type AnswerType = Answer["type"];
