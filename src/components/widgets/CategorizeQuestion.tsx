import { format } from '../../i18n/format';
import { withoutLead } from '../../lib/quiz';
import ItemFeedback from './ItemFeedback';
import MoreExplanations from './MoreExplanations';
import QuestionVerdict from './QuestionVerdict';
import type { QuestionProps } from './question-types';

/**
 * Each item gets its category from a labelled select; once checked, each item says in words
 * which category it got, a wrong one also where it belongs and why; the right ones'
 * explanations wait behind a disclosure.
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
  // A category's short name, before the colon of its label ("3. kerros"): an explanation opens
  // with it, which the label beside it already gives, and it is enough to name what was chosen.
  const short = (id: string) => label(id).split(':')[0]!;
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
              {result ? (
                // Checked: the answer as words, not a disabled select that a phone cuts short.
                <>
                  <p class="categorize__text">{item.text}</p>
                  <ItemFeedback
                    tone={right ? 'right' : 'wrong'}
                    label={format(right ? strings.categoryRight : strings.categoryWrong, { category: label(item.category) })}
                    explanation={
                      right
                        ? ''
                        : `${format(strings.categoryChosen, { chosen: short(given[i]!) })} ${withoutLead(item.explanation, [`${short(item.category)}.`])}`
                    }
                  />
                </>
              ) : (
                <>
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
                </>
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
