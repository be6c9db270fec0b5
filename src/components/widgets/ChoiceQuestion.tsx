import { choicesOf, choose, chosenOf, isDilemma, withoutLead, type ChoiceQuestion as Choice } from '../../lib/quiz';
import ItemFeedback from './ItemFeedback';
import MoreExplanations from './MoreExplanations';
import QuestionVerdict from './QuestionVerdict';
import type { QuestionProps } from './question-types';

/**
 * A question answered by choosing: radio buttons (single, true/false, scenario) or checkboxes
 * (multiple) in a fieldset. Once checked, only the chosen options and the right ones stay, each
 * saying why; the other options, with their explanations, wait behind a disclosure, so that a
 * checked quiz on a phone is hardly longer than the unanswered one.
 */
export default function ChoiceQuestion({
  question,
  order,
  answer,
  onAnswer,
  disabled,
  result,
  strings,
  idBase,
}: QuestionProps<Choice['type']>) {
  const choices = choicesOf(question, strings);
  const chosen = chosenOf(question, answer);
  const dilemma = isDilemma(question);
  const many = question.type === 'multiple';
  const caseId = `${idBase}-tapaus`;
  // Shown under an option once checked: the learner's choices, and the right options.
  const shown = (i: number) => chosen.includes(i) || !!choices[i]!.correct;
  const labelOf = (i: number): string => {
    const isChosen = chosen.includes(i);
    const correct = choices[i]!.correct;
    if (correct === undefined) return strings.yourChoice;
    // One choice: the verdict above already says right or wrong, so the option only says whose it is.
    if (!many) return isChosen ? strings.yourChoice : strings.rightAnswer;
    if (isChosen) return correct ? strings.chosenRight : strings.chosenWrong;
    return strings.missedRight;
  };
  return (
    <>
      {question.type === 'scenario' && (
        <p class="question__case" id={caseId}>
          {question.scenario}
        </p>
      )}
      <fieldset class="question" aria-describedby={question.type === 'scenario' ? caseId : undefined}>
        <legend class="question__prompt">{question.prompt}</legend>
        {dilemma && <p class="question__note">{strings.dilemma}</p>}
        {result && <QuestionVerdict question={question} result={result} strings={strings} />}
        <ul class="options">
          {order
            .filter((i) => !result || shown(i))
            .map((i) => {
              const choice = choices[i]!;
              const isChosen = chosen.includes(i);
              const tone = choice.correct === undefined ? 'neutral' : choice.correct ? 'right' : 'wrong';
              return (
                <li key={i} class={`option${isChosen ? ' option--chosen' : ''}${result ? ' option--checked' : ''}`}>
                  <label class="option__label">
                    <input
                      type={many ? 'checkbox' : 'radio'}
                      name={idBase}
                      checked={isChosen}
                      disabled={disabled}
                      onChange={(e) => onAnswer(choose(question, answer, i, e.currentTarget.checked))}
                    />
                    <span>{choice.text}</span>
                  </label>
                  {result && (
                    <ItemFeedback
                      tone={tone}
                      label={labelOf(i)}
                      explanation={
                        tone === 'neutral' ? choice.explanation : withoutLead(choice.explanation, [strings.right, strings.wrong])
                      }
                    />
                  )}
                </li>
              );
            })}
        </ul>
        {result && (
          <MoreExplanations summary={strings.moreOptions} items={order.filter((i) => !shown(i)).map((i) => ({ key: i, ...choices[i]! }))} />
        )}
      </fieldset>
    </>
  );
}
