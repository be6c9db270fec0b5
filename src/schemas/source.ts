import { z } from 'astro/zod';
import { stableId, text } from './common';

/** A reference the course cites (`content/sources.yaml`). */
export const sourceSchema = z.strictObject({
  /** Key a lesson's `sources` uses, e.g. `thl-talo-2020`. */
  id: stableId,
  /** The full reference in the course's citation style, on one line. */
  citation: text,
  /** Where the work can be read, if it is online. */
  url: z.url().optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
