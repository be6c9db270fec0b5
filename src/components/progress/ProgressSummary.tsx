import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { countDone } from '../../lib/learner-progress';
import { $lessonProgress } from '../../stores/learner';
import { NONE, useHydrated, useStored } from '../../hooks/hydration';
import { shownIf } from './shown-if';
import './progress.css';

interface Props {
  /** The lessons counted: a module's, or the whole course's. */
  lessonIds: string[];
  /** The progress bar's accessible name, e.g. the module's title. */
  label: string;
  text: Strings<'progressSummary'>;
}

/** How many of the given lessons are done, as text and as a progress bar. */
export default function ProgressSummary({ lessonIds, label, text }: Props) {
  const hydrated = useHydrated();
  const progress = useStored($lessonProgress, NONE);
  const { done, total, percent } = countDone(lessonIds, progress);
  return (
    <div class={`progress-summary reserved ${shownIf(hydrated)}`}>
      <p>{format(text.count, { done, total, percent })}</p>
      <progress max={total} value={done} aria-label={label}>
        {percent} %
      </progress>
    </div>
  );
}
