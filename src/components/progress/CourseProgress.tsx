import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { countDone, resumeTarget } from '../../lib/learner-progress';
import { readable } from '../../lib/learner-data';
import { openAssignments } from '../../lib/open-assignments';
import { resumeHref } from '../../lib/position';
import { $assignments, $lastPosition, $lessonProgress, $positions } from '../../stores/learner';
import { NONE, useHydrated, useStored } from '../../hooks/hydration';
import ProgressSummary from './ProgressSummary';
import { shownIf } from './shown-if';
import './progress.css';

interface Lesson {
  id: string;
  title: string;
  /** Link to the lesson, base path included. */
  href: string;
}

interface Props {
  /** Every lesson in study order. */
  lessons: Lesson[];
  /** The progress bar's accessible name. */
  label: string;
  text: Strings<'resume'> & { start: string };
  summaryText: Strings<'progressSummary'>;
}

/**
 * The front page's progress of the whole course and its main button: "Aloita kurssi" for a new
 * learner (and in the server HTML), "Jatka siitä, mihin jäit" once started: to the next lesson
 * of an open trainer assignment if there is one, else to the lesson to resume; at the section
 * the learner read last.
 */
export default function CourseProgress({ lessons, label, text, summaryText }: Props) {
  const hydrated = useHydrated();
  const progress = useStored($lessonProgress, NONE);
  const last = useStored($lastPosition, undefined);
  const assignments = useStored($assignments, NONE);
  const positions = useStored($positions, NONE);
  const first = lessons[0];
  if (!first) return null;

  const order = lessons.map((l) => l.id);
  const assigned = openAssignments(assignments, new Set(order), progress)[0];
  const targetId = assigned?.openIds[0] ?? resumeTarget(order, progress, last);
  const target = lessons.find((l) => l.id === targetId);
  const { done, total } = countDone(order, progress);
  const allDone = hydrated && done === total;
  const link = target
    ? { href: resumeHref(target.href, readable(positions)[target.id]), label: text.continue }
    : { href: first.href, label: allDone ? text.review : text.start };
  const next = (title: string) =>
    assigned ? format(text.nextAssigned, { name: assigned.entry.name, title }) : format(text.next, { title });

  return (
    <div class="course-progress">
      <ProgressSummary lessonIds={order} label={label} text={summaryText} />
      <a class="button" href={link.href}>
        {link.label}
      </a>
      <p class={`course-progress__next reserved ${shownIf(hydrated)}`}>
        {allDone ? text.allDone : target ? next(target.title) : format(text.first, { title: first.title })}
      </p>
    </div>
  );
}
