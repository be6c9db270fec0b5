import { z } from 'astro/zod';
import { stableId, text } from './common';

/** Material a trainer uses when the lesson is discussed in a workshop. */
export const workshopSchema = z.strictObject({
  /** How long the workshop part takes, in minutes. */
  minutes: z.number().int().positive(),
  /** 2–4 discussion questions. */
  questions: z.array(text).min(2).max(4),
  /** One small group task. */
  task: text,
});

/** A reflection question; its id keys the learner's answer in the learner store. */
export const reflectionSchema = z.strictObject({
  /** Unique in the whole course; never changed once published. */
  id: stableId,
  /** The question, answered in the learner's own words. */
  prompt: text,
});

/**
 * Frontmatter of a lesson (`content/lessons/<module>/<lesson>.mdx`).
 * Strict, so a misspelt field fails the build instead of being ignored.
 */
export const lessonSchema = z
  .strictObject({
    /** Stable id; also the last part of the lesson's URL. */
    id: stableId,
    /** Id of the module in `content/modules.yaml`. */
    module: stableId,
    /** Position inside the module (1, 2, 3 …). */
    order: z.number().int().nonnegative(),
    /** The lesson's heading, in navigation and search results. */
    title: text,
    /** One or two sentences, shown in lists, search results and `<meta name="description">`. */
    description: text,
    /** 2–5 learning objectives, each a full sentence starting with a verb ("Osaat …"). */
    objectives: z.array(text).min(2).max(5),
    /** Estimated study time in whole minutes. */
    minutes: z.number().int().positive().max(240),
    workshop: workshopSchema,
    /** Keys of `content/sources.yaml`. */
    sources: z.array(stableId).min(1),
    /** Reflection questions shown in this lesson with `<Reflection id="…" />`. */
    reflections: z.array(reflectionSchema).default([]),
    /** A draft is left out of the built site. */
    draft: z.boolean().default(false),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Set<string>();
    lesson.reflections.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({ code: 'custom', path: ['reflections', i, 'id'], message: `reflection id "${r.id}" on jo käytössä` });
      }
      seen.add(r.id);
    });
  });

export type LessonData = z.output<typeof lessonSchema>;
