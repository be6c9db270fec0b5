import { z } from 'astro/zod';
import { text } from './common';

/** A standalone text page (`content/pages/*.mdx`): privacy, accessibility statement, facilitator guide. */
export const pageSchema = z.strictObject({
  /** The page's heading and `<title>`. */
  title: text,
  /** One sentence for `<meta name="description">`. */
  description: text,
  /** Date the text was last reviewed, shown on the page (accessibility statements must carry one). */
  updated: z.coerce.date().optional(),
});

export type PageData = z.output<typeof pageSchema>;
