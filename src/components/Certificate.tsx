import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { certificateStatus } from '../lib/certificate';
import { buildCompletion, type CompletionModuleInput } from '../lib/completion';
import { formatDate } from '../lib/dates';
import { readable } from '../lib/learner-data';
import { $lessonProgress, $quizResults } from '../stores/learner';
import { shownIf } from './progress/shown-if';
import LearnerNameField, { useLearnerName } from './LearnerNameField';
import { NONE, useHydrated, useStored } from '../hooks/hydration';
import './Certificate.css';

interface Props {
  /** Modules with lessons, with a link to each module's page. */
  modules: (CompletionModuleInput & { href: string })[];
  /** Id of the quiz marked `final: true` in the content. */
  finalQuizId: string;
  /** Link to the lesson that shows the final quiz, if a lesson does. */
  finalQuizHref?: string;
  /** Estimated study time of the whole course in hours, rounded to a half hour (5.5). */
  hours: number;
  text: Strings<'certificate'> & { course: string; moduleLabel: string };
}

/**
 * The course certificate, built in the browser from stored progress; nothing is sent. The server
 * HTML and the first render show a neutral "checking" line; after hydration either what is still
 * missing or the certificate shows, in a `.stack` whose space is the larger of the two from the
 * start, so nothing below moves.
 */
export default function Certificate({ modules, finalQuizId, finalQuizHref, hours, text }: Props) {
  const hydrated = useHydrated();
  const lessons = useStored($lessonProgress, NONE);
  const quizzes = useStored($quizResults, NONE);
  const [name, setName] = useLearnerName();

  const completion = buildCompletion(modules, {
    lessons: readable(lessons),
    quizzes: readable(quizzes),
    assignments: {},
  });
  const status = certificateStatus(completion, finalQuizId);
  const hrefOf = new Map(modules.map((m) => [m.id, m.href]));
  const shownName = name.trim();

  return (
    <div class="stack certificate-states">
      <p class={`certificate-checking ${shownIf(!hydrated)}`}>{text.checking}</p>

      <div class={`certificate-locked ${shownIf(hydrated && !status.available)}`}>
        <p>{text.locked}</p>
        <ul>
          {status.missingModules.map((m) => (
            <li key={m.id}>
              <a href={hrefOf.get(m.id)}>{format(text.moduleLabel, { n: m.order, title: m.title })}</a>
              {` – ${format(text.moduleMissing, { done: m.done, total: m.total })}`}
            </li>
          ))}
          {!status.finalQuizPassed && (
            <li>
              {finalQuizHref ? <a href={finalQuizHref}>{text.finalQuiz}</a> : text.finalQuiz}
              {` – ${status.finalQuizPercent === undefined ? text.finalNotDone : format(text.finalFailed, { percent: status.finalQuizPercent })}`}
            </li>
          )}
        </ul>
      </div>

      <div class={`certificate-ready ${shownIf(hydrated && status.available)}`}>
        <p class="no-print">{text.ready}</p>
        <LearnerNameField id="certificate-name" label={text.nameField} hint={text.nameHint} value={name} onInput={setName} />

        <article class="certificate" aria-labelledby="certificate-title">
          <h2 id="certificate-title" class="certificate__title">
            {text.heading}
          </h2>
          {/* The hint and the name share one place, so filling the stored name in moves nothing. */}
          <p class="certificate__name stack">
            <span class={shownIf(!!shownName)}>{shownName}</span>
            <span class={`certificate__no-name no-print ${shownIf(!shownName)}`}>{text.noName}</span>
          </p>
          <p class="certificate__completed">{text.completedCourse}</p>
          <p class="certificate__course">{text.course}</p>
          <h3 class="certificate__modules-title">{text.modules}</h3>
          <ul class="certificate__modules">
            {modules.map((m) => (
              <li key={m.id}>{m.title}</li>
            ))}
          </ul>
          <dl class="certificate__facts">
            <div>
              <dt>{text.date}</dt>
              <dd>{status.completedAt ? formatDate(status.completedAt) : text.pending}</dd>
            </div>
            <div>
              <dt>{text.time}</dt>
              <dd>{format(text.hours, { hours })}</dd>
            </div>
            <div>
              <dt>{text.score}</dt>
              <dd>{status.finalQuizPercent === undefined ? text.pending : format(text.percent, { percent: status.finalQuizPercent })}</dd>
            </div>
          </dl>
          <p class="certificate__footnote">
            {text.footnote} <strong>{text.selfReported}</strong>
          </p>
        </article>

        <div class="certificate-actions no-print">
          <button type="button" class="button" onClick={() => print()}>
            {text.print}
          </button>
          <p class="muted">{text.printHint}</p>
        </div>
      </div>
    </div>
  );
}
