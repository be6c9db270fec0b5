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

/** A question of one type, e.g. `QuestionOf<'ordering'>`. */
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;

const isNumber = (v: unknown): v is number => typeof v === 'number';

/** The options (by file position) the answer chooses. */
export function chosenOf(q: ChoiceQuestion, answer: Answer | undefined): number[] {
  if (answer === undefined) return [];
  if (q.type === 'truefalse') return typeof answer === 'boolean' ? [answer ? 0 : 1] : [];
  if (Array.isArray(answer)) return answer.filter(isNumber);
  return isNumber(answer) ? [answer] : [];
}

/** The answer after the learner checks (or unchecks) option `index`. */
export function choose(
  q: ChoiceQuestion,
  answer: Answer | undefined,
  index: number,
  checked: boolean,
): AnswerByType[ChoiceQuestion['type']] {
  if (q.type === 'truefalse') return index === 0;
  if (q.type !== 'multiple') return index;
  const others = chosenOf(q, answer).filter((i) => i !== index);
  return (checked ? [...others, index] : others).sort((a, b) => a - b);
}

/**
 * The right answer of a question (a dilemma: its first option). The tests answer quizzes with it,
 * so they follow the content instead of restating it.
 */
export function rightAnswer(q: Question): Answer {
  switch (q.type) {
    case 'truefalse':
      return q.answer;
    case 'single':
    case 'scenario':
      return Math.max(
        0,
        q.options.findIndex((o) => o.correct),
      );
    case 'multiple':
      return q.options.flatMap((o, i) => (o.correct ? [i] : []));
    case 'ordering':
      return q.items.map((_, i) => i);
    case 'categorize':
      return q.items.map((item) => item.category);
  }
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
  /** Whether the question counts in the score: a dilemma has no right answer, so it does not. */
  scored: boolean;
  /** The share of the question's point earned, 0–1: a categorize item or ordering pair is part of it. */
  credit: number;
  /** Ordering: neighbour pairs in the right order; categorize: items in the right category. */
  parts?: { right: number; total: number };
}

const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v) => b.includes(v));

const numbers = (answer: Answer | undefined): number[] => (Array.isArray(answer) ? answer.filter(isNumber) : []);
const texts = (answer: Answer | undefined): string[] =>
  Array.isArray(answer) ? answer.filter((v): v is string => typeof v === 'string') : [];

/** Pairs of neighbours in the learner's order that follow each other as in the right order. */
export function orderedPairs(order: readonly number[]): number {
  return order.slice(1).filter((item, k) => item === order[k]! + 1).length;
}

/**
 * Scores one question. A categorize question earns a share of its point for each item in the
 * right category, an ordering one for each pair of neighbours in the right order (an item one
 * step off costs one or two pairs, not the whole question); single, true/false, scenario and
 * multiple choice are right or wrong as a whole. A dilemma is not scored.
 */
export function scoreQuestion(q: Question, answer: Answer | undefined): QuestionResult {
  const none = { right: false, answered: false, partial: false, scored: !isDilemma(q), credit: 0 };
  const whole = (right: boolean, partial = false) => ({ right, answered: true, partial, scored: true, credit: right ? 1 : 0 });
  switch (q.type) {
    case 'single':
    case 'scenario': {
      if (!isNumber(answer)) return none;
      if (isDilemma(q)) return { ...none, right: true, answered: true };
      return whole(!!q.options[answer]?.correct);
    }
    case 'truefalse':
      return typeof answer === 'boolean' ? whole(answer === q.answer) : none;
    case 'multiple': {
      const chosen = numbers(answer);
      if (!chosen.length) return none;
      const correct = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      const right = sameSet(chosen, correct);
      return whole(right, !right && chosen.some((i) => correct.includes(i)));
    }
    case 'ordering': {
      const order = numbers(answer);
      const parts = { right: orderedPairs(order), total: q.items.length - 1 };
      const credit = parts.right / parts.total;
      return { right: credit === 1, answered: order.length > 0, partial: credit > 0 && credit < 1, scored: true, credit, parts };
    }
    case 'categorize': {
      const given = texts(answer);
      const parts = { right: q.items.filter((item, i) => given[i] === item.category).length, total: q.items.length };
      const credit = parts.right / parts.total;
      return { right: credit === 1, answered: given.some(Boolean), partial: credit > 0 && credit < 1, scored: true, credit, parts };
    }
  }
}

/**
 * Whether the learner has answered a question, so Tarkista may score it: every item placed, at
 * least one option chosen, an ordering moved from the order it was shown in.
 */
export function isAnswered(q: Question, answer: Answer | undefined, shownOrder: readonly number[]): boolean {
  if (q.type === 'ordering') {
    const order = numbers(answer);
    return order.length > 0 && order.some((item, i) => item !== shownOrder[i]);
  }
  if (q.type === 'categorize') return texts(answer).length === q.items.length && texts(answer).every(Boolean);
  return scoreQuestion(q, answer).answered;
}

/** The words of a checked question's verdict: keys of the `quiz` strings. */
export interface Verdict {
  tone: 'right' | 'wrong' | 'neutral';
  text: 'right' | 'wrong' | 'partial' | 'partialParts' | 'unanswered' | 'dilemmaDone';
  /** How many parts were right, for the question types scored by parts. */
  parts?: 'partsOrdering' | 'partsCategorize';
}

/** Question types scored by parts, and the words that count them. */
const PARTS_TEXT: { [T in Question['type']]?: Verdict['parts'] } = { ordering: 'partsOrdering', categorize: 'partsCategorize' };

/** What a checked question's verdict says, from its type and result. */
export function verdictOf(q: Question, result: QuestionResult): Verdict {
  if (isDilemma(q)) return { tone: 'neutral', text: result.answered ? 'dilemmaDone' : 'unanswered' };
  if (!result.answered) return { tone: 'wrong', text: 'unanswered' };
  if (result.right) return { tone: 'right', text: 'right' };
  const parts = PARTS_TEXT[q.type];
  if (parts) return { tone: 'wrong', text: result.partial ? 'partialParts' : 'wrong', parts };
  return { tone: 'wrong', text: result.partial ? 'partial' : 'wrong' };
}

export interface QuizScore {
  /** Questions fully right, among the scored ones. */
  correct: number;
  /** Points earned: a question gives 1, or a share of 1 for part of a categorize or ordering. */
  points: number;
  /** Scored questions: every question but dilemmas. */
  total: number;
  /** Points as a percentage of the scored questions, rounded for display and storage. */
  percent: number;
  passed: boolean;
  /** Every question is a dilemma: the quiz is done once answered and has no score to show. */
  unscored: boolean;
  results: Record<string, QuestionResult>;
}

/**
 * Scores a quiz as a whole: it is passed when its points reach `passPercent` of its scored
 * questions, so 9 of 10 items right in a one-question sorting task is 90 %, not 0 %. A quiz of
 * dilemmas only is passed once every dilemma is answered.
 */
export function scoreQuiz(quiz: Pick<QuizData, 'questions' | 'passPercent'>, answers: Answers): QuizScore {
  const results: Record<string, QuestionResult> = {};
  for (const q of quiz.questions) results[q.id] = scoreQuestion(q, answers[q.id]);
  const all = Object.values(results);
  const scored = all.filter((r) => r.scored);
  const total = scored.length;
  const points = scored.reduce((sum, r) => sum + r.credit, 0);
  if (!total) {
    const passed = all.every((r) => r.answered);
    return { correct: 0, points: 0, total: 0, percent: passed ? 100 : 0, passed, unscored: true, results };
  }
  return {
    correct: scored.filter((r) => r.right).length,
    points,
    total,
    percent: Math.round((points / total) * 100),
    // Compared unrounded (with a little room for float sums), so 79.5 % does not pass an 80 % limit.
    passed: points * 100 >= quiz.passPercent * total - 1e-9,
    unscored: false,
    results,
  };
}

const isIndex = (v: unknown, n: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < n;

/** Whether a stored answer still fits the question (its content may have changed since). */
function fits<T extends Question['type']>(q: QuestionOf<T>, v: unknown): v is AnswerByType[T];
function fits(q: Question, v: unknown): boolean {
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

/** A question's answer typed by its question type; undefined when it has none, or one of another shape. */
export function answerOf<T extends Question['type']>(q: QuestionOf<T>, answer: unknown): AnswerByType[T] | undefined {
  return fits(q, answer) ? answer : undefined;
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

/**
 * An explanation without the verdict word it opens with ("Oikein. Tiedot…" → "Tiedot…"), for
 * where a label beside it already says right or wrong: "Oikea vastaus. Oikein." reads twice.
 */
export function withoutLead(explanation: string, leads: readonly string[]): string {
  const lead = leads.find((word) => explanation.startsWith(word));
  return lead ? explanation.slice(lead.length).trimStart() || explanation : explanation;
}
