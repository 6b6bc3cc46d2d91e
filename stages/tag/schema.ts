// The actor file format: one schema for shipped data and for a user's own actors file.
import { z } from 'zod';
import { ActorKindSchema } from '../schemas.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2025-02-24');
const code = z.string().min(1);
const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO alpha-3 code such as TUR');

/** One office a person holds, with the dates it holds (`to` exclusive; open when absent). */
export const ActorRoleSchema = z.strictObject({
  role: code,
  titles: z.array(z.string().min(1)).default([]),
  country: alpha3.nullable().optional(),
  org: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.nullable().optional(),
});
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** An alias, optionally fixing a role: "Kremlin" is Russia's government. */
export const ActorAliasSchema = z.union([
  z.string().min(1),
  z.strictObject({ alias: z.string().min(1), role: code.nullable().optional() }),
]);

export const ActorEntrySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  kind: ActorKindSchema,
  country: alpha3.nullable().default(null),
  role: code.nullable().default(null),
  aliases: z.array(ActorAliasSchema).default([]),
  /** Nationality adjectives ("Turkish"); their plurals ("Turks") may be listed too. */
  demonyms: z.array(z.string().min(1)).default([]),
  /** Plural nouns for the people of a state ("Russians", "Turks"). */
  plurals: z.array(z.string().min(1)).default([]),
  gender: z.enum(['male', 'female']).optional(),
  /** A person acting for an organisation rather than a state: reports show the organisation. */
  org: z.string().min(1).optional(),
  roles: z.array(ActorRoleSchema).default([]),
  /** A pair or set named as one ("the two Koreas"): each of its mentions stands for every member, by id. */
  members: z.array(code).min(2).optional(),
});
export type ActorEntry = z.input<typeof ActorEntrySchema>;
export type ActorEntryParsed = z.output<typeof ActorEntrySchema>;

/**
 * A user's actors file: an array of entries, or `{ note?, actors: [...] }` as the shipped files in data/ are,
 * so any of them is a template. An issue's path names the entry and field: `[index, field]` or
 * `["actors", index, field]`.
 */
export const ActorFileSchema = z.union([
  z.array(ActorEntrySchema),
  z.strictObject({ note: z.string().optional(), actors: z.array(ActorEntrySchema) }),
]);
export type ActorFile = z.input<typeof ActorFileSchema>;

/** Entries of an actor file, whichever of the two shapes it has. */
export function actorFileEntries(file: z.output<typeof ActorFileSchema>): ActorEntryParsed[] {
  return Array.isArray(file) ? file : file.actors;
}
