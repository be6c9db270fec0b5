import { format } from '../../i18n/format';
import ItemFeedback from './ItemFeedback';
import MoreExplanations from './MoreExplanations';
import QuestionVerdict from './QuestionVerdict';
import type { QuestionProps } from './question-types';

/**
 * Each item gets its category from a labelled select; once checked, each item says whether it
 * is right, a wrong one also where it belongs and why; the right ones' explanations wait behind
 * a disclosure.
 */
export default function CategorizeQuestion({
  question,
  order,
  answer,
  onAnswer,
  disabled,
  result,
  strings,
  idBase,
}: QuestionProps<'categorize'>) {
  const given = answer ?? question.items.map(() => '');
  const label = (id: string) => question.categories.find((c) => c.id === id)?.label ?? '';
  const isRight = (i: number) => given[i] === question.items[i]!.category;
  return (
    <fieldset class="question">
      <legend class="question__prompt">{question.prompt}</legend>
      {result && <QuestionVerdict question={question} result={result} strings={strings} />}
      <ol class="categorize">
        {order.map((i) => {
          const item = question.items[i]!;
          const id = `${idBase}-${i}`;
          const right = isRight(i);
          return (
            <li key={i} class={`categorize__item${result ? (right ? ' is-right' : ' is-wrong') : ''}`}>
              <label for={id}>{item.text}</label>
              <select
                id={id}
                value={given[i]}
                disabled={disabled}
                onChange={(e) => onAnswer(given.map((c, j) => (j === i ? e.currentTarget.value : c)))}
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
                  label={right ? strings.right : format(strings.categoryWrong, { category: label(item.category) })}
                  explanation={right ? '' : item.explanation}
                />
              )}
            </li>
          );
        })}
      </ol>
      {result && (
        <MoreExplanations
          summary={strings.moreItems}
          items={order.filter(isRight).map((i) => ({ key: i, text: question.items[i]!.text, explanation: question.items[i]!.explanation }))}
        />
      )}
    </fieldset>
  );
}
