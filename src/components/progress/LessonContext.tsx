import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { openAssignments } from '../../lib/open-assignments';
import { $assignments, $lessonProgress } from '../../stores/learner';
import { NONE, useStored } from '../../hooks/hydration';
import { useLastSection } from './use-last-section';
import './progress.css';

interface Props {
  lessonId: string;
  /** Every lesson in study order, with its link: an assignment's next lesson may be in any module. */
  lessons: { id: string; title: string; href: string }[];
  text: Strings<'assignmentBanner'>;
}

/**
 * The learner's path through a lesson page, at its top: remembers the section being read (for
 * "Jatka"), and on a lesson that belongs to an open trainer assignment shows one slim line: how
 * far the assignment is and a link to its next lesson, so the learner stays on the assigned path
 * where "Seuraava" would lead elsewhere. Nothing in the server HTML: most learners have no
 * assignment.
 */
export default function LessonContext({ lessonId, lessons, text }: Props) {
  useLastSection(lessonId);
  const assignments = useStored($assignments, NONE);
  const progress = useStored($lessonProgress, NONE);
  const known = new Set(lessons.map((l) => l.id));
  const open = openAssignments(assignments, known, progress).find((a) => a.entry.lessons.includes(lessonId));
  if (!open) return null;
  // The next assigned lesson other than this one: after it in the assignment's order if any.
  const rest = open.openIds.filter((id) => id !== lessonId);
  const at = open.entry.lessons.indexOf(lessonId);
  const nextId = rest.find((id) => open.entry.lessons.indexOf(id) > at) ?? rest[0];
  const next = lessons.find((l) => l.id === nextId);
  return (
    <aside class="assignment-banner" aria-label={text.label}>
      <strong>{format(text.progress, { done: open.done, total: open.total, name: open.entry.name })}</strong>
      {next && (
        <>
          {' '}
          <span>
            {text.next} <a href={next.href}>{next.title}</a>
          </span>
        </>
      )}
    </aside>
  );
}
