import { useMemo, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { encodeAssignment } from '../lib/assignment-link';
import { assignmentProgress } from '../lib/assignment-progress';
import { lessonsById, type CatalogModule } from '../lib/catalog';
import { formatDay } from '../lib/dates';
import { readable } from '../lib/learner-data';
import { removeAssignment } from '../stores/assignments';
import { $assignments, $lessonProgress } from '../stores/learner';
import './assignments.css';
import { NONE, useStored } from '../hooks/hydration';

interface Props {
  catalog: CatalogModule[];
  /** Paths (base included) of the assignment page and the completion summary. */
  paths: { assignment: string; summary: string };
  text: Strings<'assignment'>;
  /** On the front page the block appears only when there is something to show. */
  hideWhenEmpty?: boolean;
}

/**
 * The trainer assignments this browser remembers, each with its progress and due date: the
 * ones not yet done first, newest first within each group.
 */
export default function AssignmentList({ catalog, paths, text, hideWhenEmpty = false }: Props) {
  // Server HTML and the first render show no stored data; it fills in after hydration.
  const stored = useStored($assignments, NONE);
  const progress = useStored($lessonProgress, NONE);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const lessons = useMemo(() => lessonsById(catalog), [catalog]);
  const list = Object.values(readable(stored))
    .map((a) => ({ a, p: assignmentProgress(a.lessons, lessons, progress) }))
    .sort((x, y) => Number(!x.p.next) - Number(!y.p.next) || y.a.receivedAt.localeCompare(x.a.receivedAt));

  function remove(id: string, name: string) {
    removeAssignment(id);
    setStatus(format(text.removed, { name }));
    // The removed card had focus; keep the keyboard user in the same place.
    heading.current?.focus();
  }

  return (
    <div class="assignment-list">
      {(list.length > 0 || !hideWhenEmpty) && (
        <section aria-labelledby="assignment-list-title">
          <h2 id="assignment-list-title" ref={heading} tabIndex={-1}>
            {text.listTitle}
          </h2>
          {list.length === 0 && <p>{text.listEmpty}</p>}
          <ul class="assignment-cards">
            {list.map(({ a, p }) => {
              const link = encodeAssignment({ ...a, lessons: p.rows.map((r) => r.lesson.id) }, catalog);
              return (
                <li key={a.id} class="card assignment-card" data-assignment-id={a.id}>
                  <h3>{link.ok ? <a href={`${paths.assignment}#${link.code}`}>{a.name}</a> : a.name}</h3>
                  {a.due && <p class="muted">{format(text.dueLong, { date: formatDay(a.due) })}</p>}
                  <p>
                    <strong>{format(text.progress, { done: p.done, total: p.total })}</strong>
                  </p>
                  <div class="assignment-card__actions">
                    {p.next ? (
                      <a class="button" href={p.next.href}>
                        {format(p.done ? text.continueAt : text.startAt, { title: p.next.title })}
                      </a>
                    ) : (
                      <p>{text.allDone}</p>
                    )}
                    <a href={`${paths.summary}#${a.id}`}>{text.summaryOne}</a>
                    <button type="button" class="button secondary" onClick={() => remove(a.id, a.name)}>
                      {text.remove}
                      <span class="visually-hidden"> {format(text.removeWhat, { name: a.name })}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          {list.length > 0 && (
            <p>
              <a href={paths.summary}>{text.summaryLink}</a>
            </p>
          )}
        </section>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
