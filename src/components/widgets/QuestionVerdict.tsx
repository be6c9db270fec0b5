import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { isDilemma, type QuestionResult } from '../../lib/quiz';
import type { Question } from '../../schemas/quiz';

interface Props {
  question: Question;
  result: QuestionResult;
  strings: Strings<'quiz'>;
}

/** Whether a checked question was right, with icon and colour backed by words. */
export default function QuestionVerdict({ question, result, strings }: Props) {
  const tone = isDilemma(question) ? 'neutral' : result.right ? 'right' : 'wrong';
  let text = strings.wrong;
  if (!result.answered) text = strings.unanswered;
  else if (isDilemma(question)) text = strings.dilemmaDone;
  else if (result.right) text = strings.right;
  else if (result.partial) text = strings.partial;
  const parts = result.parts && !result.right && result.answered
    ? format(question.type === 'ordering' ? strings.partsOrdering : strings.partsCategorize, result.parts)
    : '';
  return (
    <p class={`verdict verdict--${tone}`}>
      <span class="verdict__icon" aria-hidden="true">{tone === 'right' ? '✓' : tone === 'wrong' ? '✗' : '•'}</span>
      <span>{text}{parts && ` ${parts}`}</span>
    </p>
  );
}
