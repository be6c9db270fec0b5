import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { emptyData, summarize, type SummaryLine } from '../../lib/backup';
import { shownIf } from '../progress/shown-if';

interface Props {
  /** Undefined until hydrated: the list keeps its space but shows nothing. */
  summary: SummaryLine[] | undefined;
  text: Strings<'dataSummary'>;
}

const NEUTRAL = summarize(emptyData());

/** What a set of learner data holds (the stored data, or a backup file before it is imported), a line per kind. */
export default function DataSummaryList({ summary, text }: Props) {
  return (
    <ul class={`data-summary reserved ${shownIf(!!summary)}`}>
      {(summary ?? NEUTRAL).map(([line, value]) => (
        <li key={line}>{format(text[line], { count: value, name: value })}</li>
      ))}
    </ul>
  );
}
