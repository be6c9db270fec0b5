import { z } from 'astro/zod';

/** A stable id written in content: learner data is keyed by it, so it never changes once published. */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'käytä pieniä kirjaimia a–z, numeroita ja yhdysviivoja (esim. "talon-rakenne")');

/** A non-empty, trimmed line of text. */
export const text = z.string().trim().min(1, 'ei saa olla tyhjä');
