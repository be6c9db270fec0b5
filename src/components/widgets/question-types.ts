import type { ComponentType } from 'preact';
import type { Strings } from '../../i18n';
import type { AnswerByType, QuestionOf, QuestionResult } from '../../lib/quiz';
import type { Question } from '../../schemas/quiz';
import CategorizeQuestion from './CategorizeQuestion';
import ChoiceQuestion from './ChoiceQuestion';
import OrderingQuestion from './OrderingQuestion';

export type QuestionType = Question['type'];

/** What every question component gets: one contract, whatever the question type. */
export interface QuestionProps<T extends QuestionType> {
  question: QuestionOf<T>;
  /** Options or items in the order shown, as file positions. */
  order: number[];
  /** The learner's answer; undefined while there is none. */
  answer: AnswerByType[T] | undefined;
  onAnswer(answer: AnswerByType[T]): void;
  disabled: boolean;
  /** Set once the quiz is checked. */
  result: QuestionResult | undefined;
  strings: Strings<'quiz'>;
  /** Unique on the page: quiz and question id. */
  idBase: string;
}

/**
 * The component that shows each question type. Adding a question type is its schema, its
 * scoring in src/lib/quiz.ts, one component here and its strings; the type system asks for all.
 */
export const questionComponents: { [T in QuestionType]: ComponentType<QuestionProps<T>> } = {
  single: ChoiceQuestion,
  multiple: ChoiceQuestion,
  truefalse: ChoiceQuestion,
  scenario: ChoiceQuestion,
  ordering: OrderingQuestion,
  categorize: CategorizeQuestion,
};
