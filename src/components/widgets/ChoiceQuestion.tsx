import { choicesOf, choose, chosenOf, isDilemma, type ChoiceQuestion as Choice } from '../../lib/quiz';
import ItemFeedback from './ItemFeedback';
import MoreExplanations from './MoreExplanations';
import QuestionVerdict from './QuestionVerdict';
import type { QuestionProps } from './question-types';

/**
 * A question answered by choosing: radio buttons (single, true/false, scenario) or checkboxes
 * (multiple) in a fieldset. Once checked, the chosen options and the right ones say why; the
 * other options' explanations wait behind a disclosure.
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
          {order.map((i) => {
            const choice = choices[i]!;
            const isChosen = chosen.includes(i);
            const tone = choice.correct === undefined ? 'neutral' : choice.correct ? 'right' : 'wrong';
            return (
              <li key={i} class={`option${isChosen ? ' option--chosen' : ''}`}>
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
                {result && shown(i) && <ItemFeedback tone={tone} label={labelOf(i)} explanation={choice.explanation} />}
              </li>
            );
          })}
        </ul>
        {result && (
          <MoreExplanations
            summary={dilemma ? strings.moreViews : strings.moreOptions}
            items={order.filter((i) => !shown(i)).map((i) => ({ key: i, ...choices[i]! }))}
          />
        )}
      </fieldset>
    </>
  );
}
