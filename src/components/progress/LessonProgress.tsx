import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { lessonStatus } from '../../lib/learner-progress';
import { quizPassed } from '../../lib/quiz-pass';
import { $lessonProgress, $quizResults, markCompleted, markVisited, unmarkCompleted } from '../../stores/learner';
import { NONE, useHydrated, useStored } from '../../hooks/hydration';
import { shownIf } from './shown-if';
import './progress.css';

interface Props {
  lessonId: string;
  /** The quizzes the lesson shows, in order (known at build time). */
  quizzes: { id: string; title: string; passPercent: number }[];
  /** `group('lessonProgress')`: on every lesson page, so the dictionary is left out of its JavaScript. */
  text: Strings<'lessonProgress'>;
}

/**
 * Whether the lesson is done, at the end of a lesson page, with the button that marks it done
 * or takes the mark away. Records the visit and the last position when the page opens.
 */
export default function LessonProgress({ lessonId, quizzes, text }: Props) {
  const hydrated = useHydrated();
  const progress = useStored($lessonProgress, NONE);
  const results = useStored($quizResults, NONE);
  const [said, say] = useState('');
  useEffect(() => markVisited(lessonId), [lessonId]);

  const status = hydrated ? lessonStatus(progress[lessonId], quizzes, results) : undefined;
  const kind = status?.kind;
  const passed = (q: Props['quizzes'][number]) => hydrated && quizPassed(results[q.id], q.passPercent);
  const done = kind === 'done';

  function toggle() {
    if (done) unmarkCompleted(lessonId);
    else markCompleted(lessonId);
    say(done ? text.unmarked : text.marked);
  }

  return (
    <section class={`lesson-progress${done ? ' is-done' : ''}`} aria-labelledby="lesson-progress-title" data-pagefind-ignore>
      <h2 id="lesson-progress-title">{text.heading}</h2>
      {/* Every state is laid out in the same place and only the current one is shown, so the
          box keeps its size from the server HTML on (no layout shift). */}
      <div class="stack">
        <p class={shownIf(kind === 'open')}>{text.open}</p>
        <p class={shownIf(done)}>
          <span class="lesson-progress__check" aria-hidden="true">
            ✓{' '}
          </span>
          {text.done}
        </p>
        {quizzes.length > 0 && <p class={shownIf(kind === 'quizzes')}>{text.quizzes}</p>}
        <p class={shownIf(kind === 'unreadable')}>{text.unreadable}</p>
      </div>
      {quizzes.length > 0 && (
        <ul class={`reserved ${shownIf(!!status)}`}>
          {quizzes.map((q) => (
            <li key={q.id}>
              {q.title} –{' '}
              <span class="stack">
                <span class={shownIf(passed(q))}>{text.passed}</span>
                <strong class={shownIf(!passed(q))}>{text.notPassed}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* One button for both actions, so focus stays on it when its label changes; it waits,
          disabled, while quizzes are missing or the stored progress cannot be read. */}
      <button
        type="button"
        class={`button reserved ${done ? 'secondary' : ''} ${shownIf(hydrated)}`}
        disabled={kind !== 'open' && !done}
        onClick={toggle}
      >
        {done ? text.unmark : text.mark}
      </button>
      <p role="status" class="visually-hidden">
        {said}
      </p>
    </section>
  );
}
