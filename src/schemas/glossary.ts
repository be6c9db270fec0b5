import { z } from 'astro/zod';
import { stableId, text } from './common';

/** A term of the glossary (`content/glossary.yaml`). */
export const glossarySchema = z.strictObject({
  /** The term in lowercase, ä→a, ö→o, spaces→hyphens: `asiakasosallisuuden-talo`. */
  id: stableId,
  /** The term in its base form. */
  term: text,
  /** The explanation in plain Finnish, one to three sentences, shown in Käsitteet. */
  definition: text,
  /** Ids of related entries. */
  related: z.array(stableId).default([]),
  /** Other forms a student might search for; indexed with the entry. */
  forms: z.array(text).default([]),
  /** English equivalents (*co-design*): shown with the entry; a search for one finds the term. */
  en: z.array(text).default([]),
  /** Other names of the same thing that the course text may not use; a search for one finds the term. */
  synonyms: z.array(text).default([]),
});

export type GlossaryData = z.output<typeof glossarySchema>;
