import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { verdictOf, type QuestionResult } from '../../lib/quiz';
import type { Question } from '../../schemas/quiz';

interface Props {
  question: Question;
  result: QuestionResult;
  strings: Strings<'quiz'>;
}

const ICON = { right: '✓', wrong: '✗', neutral: '•' } as const;

/** Whether a checked question was right, with icon and colour backed by words (from its type). */
export default function QuestionVerdict({ question, result, strings }: Props) {
  const verdict = verdictOf(question, result);
  const parts = verdict.parts && result.parts && result.answered && !result.right ? format(strings[verdict.parts], result.parts) : '';
  return (
    <p class={`verdict verdict--${verdict.tone}`}>
      <span class="verdict__icon" aria-hidden="true">
        {ICON[verdict.tone]}
      </span>
      <span>
        {strings[verdict.text]}
        {parts && ` ${parts}`}
      </span>
    </p>
  );
}
