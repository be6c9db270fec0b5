import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import type { QuestionResult } from '../../lib/quiz';
import type { Question } from '../../schemas/quiz';
import ItemFeedback from './ItemFeedback';
import QuestionVerdict from './QuestionVerdict';

interface Props {
  question: Extract<Question, { type: 'categorize' }>;
  /** Items in the order shown, as file positions. */
  order: number[];
  /** The category id of each item by file position; '' while none is chosen. */
  answer: string[];
  onAnswer(answer: string[]): void;
  disabled: boolean;
  result: QuestionResult | undefined;
  strings: Strings<'quiz'>;
  idBase: string;
}

/** Each item gets its category from a labelled select; once checked, each says where it belongs and why. */
export default function CategorizeQuestion({ question, order, answer, onAnswer, disabled, result, strings, idBase }: Props) {
  const label = (id: string) => question.categories.find((c) => c.id === id)?.label ?? '';
  return (
    <fieldset class="question">
      <legend class="question__prompt">{question.prompt}</legend>
      {result && <QuestionVerdict question={question} result={result} strings={strings} />}
      <ol class="categorize">
        {order.map((i) => {
          const item = question.items[i]!;
          const id = `${idBase}-${i}`;
          const right = answer[i] === item.category;
          return (
            <li key={i} class="categorize__item">
              <label for={id}>{item.text}</label>
              <select
                id={id}
                value={answer[i]}
                disabled={disabled}
                onChange={(e) => onAnswer(answer.map((c, j) => (j === i ? e.currentTarget.value : c)))}
              >
                <option value="">{strings.choose}</option>
                {question.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              {result && (
                <ItemFeedback
                  tone={right ? 'right' : 'wrong'}
                  label={format(right ? strings.categoryRight : strings.categoryWrong, { category: label(item.category) })}
                  explanation={item.explanation}
                />
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
