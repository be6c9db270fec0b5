import { z } from 'astro/zod';
import { text } from './common';

/** The six parts of the participation house, bottom to top. */
export const housePartIds = ['perusta', 'kerros-1', 'kerros-2', 'kerros-3', 'kerros-4', 'katto'] as const;

/** One part of the participation house (`content/house.yaml`). */
export const housePartSchema = z.strictObject({
  /** Which part: `perusta`, `kerros-1` … `kerros-4`, `katto`. */
  id: z.enum(housePartIds),
  /** 0 = foundation … 5 = roof. */
  order: z.number().int().min(0).max(5),
  /** Short label drawn on the house. */
  name: text,
  /** Heading of the part's explanation. */
  title: text,
  /** What the part means, in 2–4 sentences. */
  summary: text,
  /** Concrete examples from social, health and employment services. */
  examples: z.array(text).min(1),
});

export type HousePartData = z.output<typeof housePartSchema>;
