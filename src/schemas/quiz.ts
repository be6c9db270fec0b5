import { z } from 'astro/zod';
import { stableId, text } from './common';

/** An answer option; every option explains why it is right or wrong, so the quiz teaches. */
const optionSchema = z.strictObject({
  /** The option as the learner sees it, plain text. */
  text,
  /** Whether choosing it is right (in a dilemma no option is). */
  correct: z.boolean().default(false),
  /** Why it is right or wrong; shown after checking, so the quiz teaches. */
  explanation: text,
});

/** Every question has an `id`, unique in its quiz (answers are stored by it), and a `prompt`. */
const base = { id: stableId, prompt: text };

/** Radio buttons: `options` (at least 2) with exactly one correct. */
const singleSchema = z.strictObject({ ...base, type: z.literal('single'), options: z.array(optionSchema).min(2) });
/** Checkboxes: `options` (at least 3), one or more correct; right when exactly those are ticked. */
const multipleSchema = z.strictObject({ ...base, type: z.literal('multiple'), options: z.array(optionSchema).min(3) });
const trueFalseSchema = z.strictObject({
  ...base,
  type: z.literal('truefalse'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean(),
  /** Feedback for the answer "Tosi". */
  ifTrue: text,
  /** Feedback for the answer "Epätosi". */
  ifFalse: text,
});
const orderingSchema = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  /** Items in the correct order; the learner sees them mixed. */
  items: z.array(z.strictObject({ text, explanation: text })).min(3),
  /**
   * What belongs at each end of the list, said plainly where the order could be read either way
   * (the house: is the foundation at the top of the list or at the bottom?).
   */
  ends: z.strictObject({ first: text, last: text }).optional(),
});
const categorizeSchema = z.strictObject({
  ...base,
  type: z.literal('categorize'),
  /** The categories: an `id` the items name and the `label` the learner sees. At least 2. */
  categories: z.array(z.strictObject({ id: stableId, label: text })).min(2),
  /** Items to place: each names its right `category` and explains why. At least 2. */
  items: z.array(z.strictObject({ text, category: stableId, explanation: text })).min(2),
});
const scenarioSchema = z.strictObject({
  ...base,
  type: z.literal('scenario'),
  /** The case: who, where, what happens. */
  scenario: text,
  /** Responses to choose one of (at least 2); any marked correct is right. */
  options: z.array(optionSchema).min(2),
  /** A genuine dilemma: no option is marked correct and answering counts as done. */
  dilemma: z.boolean().default(false),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  orderingSchema,
  categorizeSchema,
  scenarioSchema,
]);

/**
 * A quiz or exercise (`content/quizzes/*.yaml`). Its module is the module of the lesson that
 * shows it (`<Quiz id>`), so it is not written here a second time.
 */
export const quizSchema = z
  .strictObject({
    /** Stable id: `<Quiz id>` and the learner's saved results hang on it, not on the file name. */
    id: stableId,
    /** The quiz's heading, also in the lesson's progress box and the completion summary. */
    title: text,
    /** The course's final quiz: the certificate and the LMS score come from it. Exactly one. */
    final: z.boolean().default(false),
    /** Percentage of questions that must be right to pass. */
    passPercent: z.number().int().min(1).max(100).default(80),
    /** Shuffle options and items again on every attempt (the final quiz does). */
    shuffle: z.boolean().default(false),
    /** The questions in the order shown; see the types above. */
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    const ids = new Set<string>();
    quiz.questions.forEach((q, i) => {
      const at = (...path: (string | number)[]) => ['questions', i, ...path];
      const issue = (message: string, ...path: (string | number)[]) =>
        ctx.addIssue({ code: 'custom', path: at(...path), message: `kysymys "${q.id}": ${message}` });
      if (ids.has(q.id)) issue('id on jo käytössä tässä kyselyssä', 'id');
      ids.add(q.id);
      if (q.type === 'single' || q.type === 'multiple' || q.type === 'scenario') {
        const correct = q.options.filter((o) => o.correct).length;
        if (q.type === 'single' && correct !== 1) issue(`merkitse tasan yksi oikea vaihtoehto (nyt ${correct})`, 'options');
        if (q.type === 'multiple' && correct < 1) issue('merkitse vähintään yksi oikea vaihtoehto', 'options');
        if (q.type === 'scenario' && q.dilemma && correct > 0) issue('dilemmassa ei merkitä oikeaa vaihtoehtoa', 'options');
        if (q.type === 'scenario' && !q.dilemma && correct < 1)
          issue('merkitse vähintään yksi oikea vaihtoehto tai dilemma: true', 'options');
      }
      if (q.type === 'categorize') {
        const known = new Set(q.categories.map((c) => c.id));
        q.items.forEach((item, j) => {
          if (!known.has(item.category)) issue(`luokkaa "${item.category}" ei ole categories-listassa`, 'items', j, 'category');
        });
      }
    });
  });

export type QuizData = z.output<typeof quizSchema>;
export type Question = z.output<typeof questionSchema>;
export type Option = z.output<typeof optionSchema>;
