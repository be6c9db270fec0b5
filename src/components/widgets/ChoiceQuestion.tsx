import type { Strings } from '../../i18n';
import { choicesOf, choose, chosenOf, isDilemma, type Answer, type ChoiceQuestion as Question, type QuestionResult } from '../../lib/quiz';
import ItemFeedback from './ItemFeedback';
import QuestionVerdict from './QuestionVerdict';

interface Props {
  question: Question;
  /** Options in the order shown, as file positions. */
  order: number[];
  answer: Answer | undefined;
  onAnswer(answer: Answer): void;
  disabled: boolean;
  /** Set once the quiz is checked. */
  result: QuestionResult | undefined;
  strings: Strings<'quiz'>;
  /** Unique on the page: quiz and question id. */
  idBase: string;
}

/**
 * A question answered by choosing: radio buttons (single, true/false, scenario) or checkboxes
 * (multiple) in a fieldset. Once checked, every option says why it is right or wrong.
 */
export default function ChoiceQuestion({ question, order, answer, onAnswer, disabled, result, strings, idBase }: Props) {
  const choices = choicesOf(question, strings);
  const chosen = chosenOf(question, answer);
  const dilemma = isDilemma(question);
  const caseId = `${idBase}-tapaus`;
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
            const tone = choice.correct === undefined ? 'neutral' : choice.correct ? 'right' : isChosen ? 'wrong' : 'neutral';
            const label = [
              choice.correct === undefined ? '' : choice.correct ? strings.optionRight : strings.optionWrong,
              isChosen ? strings.yourChoice : '',
            ].filter(Boolean).join(' ');
            return (
              <li key={i} class={`option${result && isChosen ? ' option--chosen' : ''}`}>
                <label class="option__label">
                  <input
                    type={question.type === 'multiple' ? 'checkbox' : 'radio'}
                    name={idBase}
                    checked={isChosen}
                    disabled={disabled}
                    onChange={(e) => onAnswer(choose(question, answer, i, e.currentTarget.checked))}
                  />
                  <span>{choice.text}</span>
                </label>
                {result && <ItemFeedback tone={tone} label={label} explanation={choice.explanation} />}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </>
  );
}
