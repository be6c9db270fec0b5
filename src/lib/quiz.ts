/**
 * Quiz logic: what an answer is for each question type, how it is scored, the order options and
 * items are shown in, and how stored answers are read back. Pure: no DOM, no storage.
 *
 * Answers name options and items by their position in the quiz file, never by the shown
 * position, so a shuffled order does not change what an answer means.
 */
import type { Strings } from '../i18n';
import type { Question, QuizData } from '../schemas/quiz';
import { mixedIndices, orderSeed, shuffledIndices } from './shuffle';

/** What the learner answered, by question type. */
export interface AnswerByType {
  /** The chosen option. */
  single: number;
  /** The chosen option (a scenario is answered with one response). */
  scenario: number;
  /** The ticked options, ascending. */
  multiple: number[];
  truefalse: boolean;
  /** Item numbers in the learner's order, top first. */
  ordering: number[];
  /** The category id given to each item; '' while the item has none. */
  categorize: string[];
}
export type Answer = AnswerByType[keyof AnswerByType];
/** Answers by question id; a question without an answer is missing. */
export type Answers = Record<string, Answer | undefined>;

/** The questions answered by choosing options (a true/false statement has two: Tosi, Epätosi). */
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'scenario' | 'truefalse' }>;

export interface Choice {
  text: string;
  /** Undefined in a dilemma, where no option is right or wrong. */
  correct: boolean | undefined;
  explanation: string;
}

/** A scenario marked `dilemma: true`: not scored, answering it counts. */
export const isDilemma = (q: Question): boolean => q.type === 'scenario' && q.dilemma;

/** The options of a choice question, in file order; `labels` name the two of a true/false statement. */
export function choicesOf(q: ChoiceQuestion, labels: Pick<Strings<'quiz'>, 'true' | 'false'>): Choice[] {
  if (q.type === 'truefalse') {
    return [
      { text: labels.true, correct: q.answer, explanation: q.ifTrue },
      { text: labels.false, correct: !q.answer, explanation: q.ifFalse },
    ];
  }
  const dilemma = isDilemma(q);
  return q.options.map((o) => ({ text: o.text, correct: dilemma ? undefined : o.correct, explanation: o.explanation }));
}

/** The options (by file position) the answer chooses. */
export function chosenOf(q: ChoiceQuestion, answer: Answer | undefined): number[] {
  if (answer === undefined) return [];
  if (q.type === 'truefalse') return [answer ? 0 : 1];
  return Array.isArray(answer) ? (answer as number[]) : [answer as number];
}

/** The answer after the learner checks (or unchecks) option `index`. */
export function choose(q: ChoiceQuestion, answer: Answer | undefined, index: number, checked: boolean): Answer {
  if (q.type === 'truefalse') return index === 0;
  if (q.type !== 'multiple') return index;
  const others = chosenOf(q, answer).filter((i) => i !== index);
  return (checked ? [...others, index] : others).sort((a, b) => a - b);
}

/** How many options or items a question shows. */
function size(q: Question): number {
  if (q.type === 'truefalse') return 2;
  return q.type === 'ordering' || q.type === 'categorize' ? q.items.length : q.options.length;
}

/**
 * The order a question shows its options (choice questions) or items (ordering, categorize) in,
 * as file positions. True/false keeps Tosi before Epätosi; an ordering exercise never starts in
 * the right order.
 */
export function displayOrder(quizId: string, q: Question, attempt: number, reshuffle: boolean): number[] {
  const seed = orderSeed(quizId, q.id, attempt, reshuffle);
  if (q.type === 'truefalse') return [0, 1];
  return q.type === 'ordering' ? mixedIndices(size(q), seed) : shuffledIndices(size(q), seed);
}

/** The answer a question starts with: an ordering starts in its shown order, nothing else is answered. */
export function initialAnswer(q: Question, order: number[]): Answer | undefined {
  if (q.type === 'ordering') return [...order];
  if (q.type === 'categorize') return q.items.map(() => '');
  return undefined;
}

export interface QuestionResult {
  /** Fully right, or (a dilemma) answered. */
  right: boolean;
  answered: boolean;
  /** Multiple choice answered wrong, but with at least one right option ticked. */
  partial: boolean;
  /** Ordering and categorize: items in the right place out of all items. */
  parts?: { right: number; total: number };
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

/** Scores one question. Multiple choice, ordering and categorize are right only when fully right. */
export function scoreQuestion(q: Question, answer: Answer | undefined): QuestionResult {
  const none = { right: false, answered: false, partial: false };
  switch (q.type) {
    case 'single':
    case 'scenario': {
      if (typeof answer !== 'number') return none;
      return { right: isDilemma(q) || !!q.options[answer]?.correct, answered: true, partial: false };
    }
    case 'truefalse':
      return typeof answer === 'boolean' ? { right: answer === q.answer, answered: true, partial: false } : none;
    case 'multiple': {
      const chosen = Array.isArray(answer) ? (answer as number[]) : [];
      if (!chosen.length) return none;
      const correct = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      const right = sameSet(chosen, correct);
      return { right, answered: true, partial: !right && chosen.some((i) => correct.includes(i)) };
    }
    case 'ordering': {
      const order = Array.isArray(answer) ? (answer as number[]) : [];
      const inPlace = q.items.filter((_, i) => order[i] === i).length;
      const parts = { right: inPlace, total: q.items.length };
      return { right: inPlace === q.items.length, answered: order.length > 0, partial: false, parts };
    }
    case 'categorize': {
      const given = Array.isArray(answer) ? (answer as string[]) : [];
      const right = q.items.filter((item, i) => given[i] === item.category).length;
      const parts = { right, total: q.items.length };
      return { right: right === q.items.length, answered: given.some(Boolean), partial: false, parts };
    }
  }
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Rounded for display and storage. */
  percent: number;
  passed: boolean;
  results: Record<string, QuestionResult>;
}

/** Scores a quiz; it is passed when at least `passPercent` of its questions are right. */
export function scoreQuiz(quiz: Pick<QuizData, 'questions' | 'passPercent'>, answers: Answers): QuizScore {
  const results: Record<string, QuestionResult> = {};
  for (const q of quiz.questions) results[q.id] = scoreQuestion(q, answers[q.id]);
  const correct = Object.values(results).filter((r) => r.right).length;
  const total = quiz.questions.length;
  return {
    correct,
    total,
    percent: Math.round((correct / total) * 100),
    // Compared unrounded, so 79.5 % does not pass an 80 % limit.
    passed: correct * 100 >= quiz.passPercent * total,
    results,
  };
}

const isIndex = (v: unknown, n: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < n;

/** Whether a stored answer still fits the question (its content may have changed since). */
function fits(q: Question, v: unknown): v is Answer {
  const n = size(q);
  switch (q.type) {
    case 'single':
    case 'scenario':
      return isIndex(v, n);
    case 'truefalse':
      return typeof v === 'boolean';
    case 'multiple':
      return Array.isArray(v) && v.length > 0 && v.every((i) => isIndex(i, n)) && new Set(v).size === v.length;
    case 'ordering':
      return Array.isArray(v) && v.length === n && v.every((i) => isIndex(i, n)) && new Set(v).size === n;
    case 'categorize': {
      const known = new Set(['', ...q.categories.map((c) => c.id)]);
      return Array.isArray(v) && v.length === n && v.every((c) => typeof c === 'string' && known.has(c));
    }
  }
}

/** The stored answers that still fit the quiz's questions; any other is dropped. */
export function restoreAnswers(quiz: Pick<QuizData, 'questions'>, stored: Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const q of quiz.questions) {
    const v = stored[q.id];
    if (fits(q, v)) out[q.id] = v;
  }
  return out;
}
