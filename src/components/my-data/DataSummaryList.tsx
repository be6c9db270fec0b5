import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import type { DataSummary } from '../../lib/backup';
import { shownIf } from '../progress/shown-if';

interface Props {
  /** Undefined until hydrated: the list keeps its space but shows nothing. */
  summary: DataSummary | undefined;
  text: Strings<'dataSummary'>;
}

/** What a set of learner data holds (the stored data, or a backup file before it is imported). */
export default function DataSummaryList({ summary, text }: Props) {
  const s = summary ?? { lessonsDone: 0, lessonsVisited: 0, quizzes: 0, reflections: 0, assignments: 0 };
  return (
    <ul class={`data-summary reserved ${shownIf(!!summary)}`}>
      <li>{format(text.lessons, { count: s.lessonsDone })}</li>
      <li>{format(text.visited, { count: s.lessonsVisited })}</li>
      <li>{format(text.quizzes, { count: s.quizzes })}</li>
      <li>{format(text.reflections, { count: s.reflections })}</li>
      <li>{format(text.assignments, { count: s.assignments })}</li>
      {s.name && <li>{format(text.name, { name: s.name })}</li>}
    </ul>
  );
}
