import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { decodeAssignment, linkErrorMessage, type Assignment, type LinkError } from '../lib/assignment-link';
import { assignmentProgress, type AssignmentLessonStatus } from '../lib/assignment-progress';
import { lessonsById, type CatalogModule } from '../lib/catalog';
import { formatDay } from '../lib/dates';
import { saveAssignment } from '../stores/assignments';
import { $lessonProgress } from '../stores/learner';
import AssignmentList from './AssignmentList';
import './assignments.css';
import { NONE, useStored } from '../hooks/hydration';

interface Props {
  catalog: CatalogModule[];
  /** Paths (base included) of the assignment page and the completion summary. */
  paths: { assignment: string; summary: string };
  text: Strings<'assignment'>;
  /** Why a link was refused. */
  errorText: Strings<'linkError'>;
}

type Key = keyof Strings<'assignment'>;

type View =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; error: LinkError | 'gone' }
  | { kind: 'open'; assignment: Assignment; unknown: string[] };

const statusText: Record<AssignmentLessonStatus, Key> = {
  done: 'statusDone',
  started: 'statusStarted',
  new: 'statusNew',
};

/**
 * The assignment in the address (`#1.…`): shown with the learner's progress and remembered in
 * this browser. A link that cannot be read changes nothing and says so. Without a link, the
 * remembered assignments are listed.
 */
export default function AssignmentView({ catalog, paths, text, errorText }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const progress = useStored($lessonProgress, NONE);
  const lessons = useMemo(() => lessonsById(catalog), [catalog]);

  useEffect(() => {
    // Opening another assignment link in the same tab changes only the fragment.
    const open = () => {
      if (location.hash.length <= 1) return setView({ kind: 'none' });
      const read = decodeAssignment(location.hash, catalog);
      if (!read.ok) return setView({ kind: 'error', error: read.error });
      if (!read.assignment.lessons.length) return setView({ kind: 'error', error: 'gone' });
      saveAssignment({ id: read.id, ...read.assignment }, read.legacyId);
      setView({ kind: 'open', assignment: read.assignment, unknown: read.unknown });
    };
    open();
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);

  const a = view.kind === 'open' ? view.assignment : undefined;
  const p = a && assignmentProgress(a.lessons, lessons, progress);

  return (
    <div class="assignment-view">
      {view.kind === 'loading' && (
        <p class="muted">
          {text.loading} <span class="needs-script">{text.needsScript}</span>
        </p>
      )}
      <div role="status">
        {view.kind === 'error' && (
          <div class="notice notice--error">
            <p>
              <strong>{linkErrorMessage(view.error, errorText)}</strong>
            </p>
            <p>{text.errorHelp}</p>
          </div>
        )}
        {view.kind === 'open' && <p class="notice">{text.saved}</p>}
      </div>
      {view.kind === 'none' && <p>{text.empty}</p>}
      {(view.kind === 'none' || view.kind === 'error') && <AssignmentList catalog={catalog} paths={paths} text={text} />}
      {a && p && view.kind === 'open' && (
        <article class="assignment" aria-labelledby="assignment-name">
          <h2 id="assignment-name">{a.name}</h2>
          {a.note && <p class="assignment-note">{a.note}</p>}
          {a.due && <p>{format(text.dueLong, { date: formatDay(a.due) })}</p>}
          {view.unknown.length > 0 && <p class="notice">{format(text.unknown, { ids: view.unknown.join(', ') })}</p>}
          <p>
            <strong>{format(text.progress, { done: p.done, total: p.total })}</strong>
            {'. '}
            {format(text.time, { minutes: p.minutes, remaining: p.remainingMinutes })}
          </p>
          {p.next ? (
            <a class="button" href={p.next.href}>
              {format(p.done ? text.continueAt : text.startAt, { title: p.next.title })}
            </a>
          ) : (
            <p>
              <strong>{text.allDone}</strong>
            </p>
          )}
          <h3>{text.lessons}</h3>
          <ol class="assignment-lessons">
            {p.rows.map(({ lesson, status }) => (
              <li key={lesson.id} data-lesson-id={lesson.id} data-status={status}>
                <a href={lesson.href}>{lesson.title}</a>
                <span class="muted"> ({format(text.minutes, { minutes: lesson.minutes })})</span>
                {a.preReading?.includes(lesson.id) && <span class="pre-reading-mark">{text.preReading}</span>}
                <span class={`lesson-status lesson-status--${status}`}>{text[statusText[status]]}</span>
              </li>
            ))}
          </ol>
          <p>
            <a href={paths.summary}>{text.summaryLink}</a>
          </p>
        </article>
      )}
    </div>
  );
}
