import * as v from 'valibot';
import {
  alpha2,
  citation,
  optionalText,
  partialDate,
  requiredText,
  text,
  validateList,
} from './common.js';
import type {Validated} from './issues.js';

export const ORGANISATIONS = ['APEC', 'ASEAN', 'ASEAN Plus Three'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

export const MembershipSchema = v.object({
  org: v.picklist(ORGANISATIONS, 'issue.oneOf'),
  /** Join date to the precision the source gives; absent when no source gives one. */
  joined: v.optional(partialDate),
  citation,
  note: optionalText(),
});

export const EconomySchema = v.object({
  id: alpha2,
  alpha3: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'issue.alpha3')),
  numeric: v.pipe(v.string(), v.regex(/^\d{3}$/, 'issue.numericCode')),
  /** Name to show by default: APEC's convention for APEC economies, ASEAN's otherwise. */
  name: requiredText(100),
  apecName: v.optional(requiredText(100)),
  aseanName: v.optional(requiredText(100)),
  formalName: v.optional(requiredText(200)),
  shortName: v.optional(requiredText(100)),
  aliases: v.array(text(100)),
  memberships: v.pipe(v.array(MembershipSchema), v.minLength(1, 'issue.needsMembership')),
  citation,
  note: optionalText(),
});

export type Membership = v.InferOutput<typeof MembershipSchema>;
export type Economy = v.InferOutput<typeof EconomySchema>;

export const EconomiesFileSchema = v.object({
  $schema: v.optional(v.string()),
  description: v.optional(v.string()),
  economies: v.array(EconomySchema),
});

/** Validates a list of economies (the shape of data/economies.json's `economies`). */
export function validateEconomies(input: unknown, path = 'economies'): Validated<Economy[]> {
  return validateList(
    input,
    path,
    EconomySchema,
    (row) => row,
    (row) => row.id
  );
}
