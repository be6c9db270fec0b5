import { z } from 'astro/zod';
import { stableId, text } from './common';

/** A module of the course (`content/modules.yaml`); lessons point to it by id. */
export const moduleSchema = z.strictObject({
  id: stableId,
  /** Study order: 0 is the first module. */
  order: z.number().int().nonnegative(),
  title: text,
  description: text,
});

export type ModuleData = z.output<typeof moduleSchema>;
