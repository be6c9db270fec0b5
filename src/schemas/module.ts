import { z } from 'astro/zod';
import { stableId, text } from './common';

/** A module of the course (`content/modules.yaml`); lessons point to it by id. */
export const moduleSchema = z.strictObject({
  /** Stable id; also the first part of the URLs of its lessons. */
  id: stableId,
  /** Study order: 0 is the first module. */
  order: z.number().int().nonnegative(),
  /** The module's name, shown as "Moduuli {order}: {title}". */
  title: text,
  /** One or two sentences for the front page and the module page. */
  description: text,
});

export type ModuleData = z.output<typeof moduleSchema>;
