/**
 * Content loaders that check their files before Astro loads them. Astro's own loaders warn and
 * drop an entry whose id another file uses, log a broken YAML data file and keep its old data
 * from the cache, and speak English; these fail the build in Finnish, naming the file, the line
 * and the field, on every build, warm cache or not. @see issue 17 point 7
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkEntryFiles, checkListFile, type CheckResult, type ContentFile } from '../lib/content-errors';

const read = (path: string): ContentFile => ({ file: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });

/** Runs `check` before `inner` loads; any error fails the build with every error listed. */
function checked(inner: Loader, check: () => CheckResult): Loader {
  return {
    ...inner,
    load: async (context) => {
      const { errors } = check();
      if (errors.length) throw new Error(`Kurssisisällössä on virheitä:\n${errors.join('\n')}`);
      return inner.load(context);
    },
  };
}

/** One entry per file under `base`, named by its path (`content/pages/`). */
export function entryFiles(base: string, pattern: string, schema: z.ZodType, inner: Loader = glob({ base, pattern })): Loader {
  const files = () =>
    globSync(pattern, { cwd: base })
      .sort()
      .map((name) => read(join(base, name)));
  return checked(inner, () => checkEntryFiles(files(), schema));
}

/**
 * One entry per file under `base` (lessons, quizzes), named by the `id` written in the file, not
 * its path: moving or renaming a file keeps its URL and the learner's data.
 */
export const entriesById = (base: string, pattern: string, schema: z.ZodType): Loader =>
  entryFiles(
    base,
    pattern,
    schema,
    glob({ base, pattern, generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry) }),
  );

/** A YAML file that lists entries with ids (`content/modules.yaml`). */
export function listFile(path: string, schema: z.ZodType): Loader {
  return checked(file(path), () => checkListFile(read(path), schema));
}
