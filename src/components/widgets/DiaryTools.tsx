import { useStore } from '@nanostores/preact';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { formatDate } from '../../lib/dates';
import { diaryCount, diaryFileName, diaryMarkdown, type DiaryModule } from '../../lib/diary';
import { readable } from '../../lib/learner-data';
import { $reflections } from '../../stores/learner';
import { useHydrated } from '../../hooks/use-hydrated';

interface Props {
  courseTitle: string;
  /** Every reflection prompt, by module and lesson (lesson URLs relative to the site). */
  modules: DiaryModule[];
  strings: Strings<'diary'> & { empty: string };
}

/** The diary's count of answers, its download as Markdown and its print button. */
export default function DiaryTools({ courseTitle, modules, strings }: Props) {
  const hydrated = useHydrated();
  const answers = Object.fromEntries(Object.entries(readable(useStore($reflections))).map(([id, r]) => [id, r.text]));

  const download = () => {
    const absolute = modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => ({ ...l, url: new URL(l.url, location.href).href })),
    }));
    const date = new Date();
    const text = diaryMarkdown(absolute, answers, { courseTitle, date, strings });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    link.download = diaryFileName(date);
    link.click();
    // Revoked later: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <div class="diary-tools">
      <p class="diary-tools__count">{hydrated && format(strings.count, diaryCount(modules, answers))}</p>
      <p class="diary-tools__date">{hydrated && format(strings.printDate, { date: formatDate(new Date()) })}</p>
      <div class="diary-tools__buttons" role="group" aria-label={strings.tools}>
        <button type="button" class="button" disabled={!hydrated} onClick={download}>
          {strings.download}
        </button>
        <button type="button" class="button secondary" disabled={!hydrated} onClick={() => print()}>
          {strings.print}
        </button>
      </div>
    </div>
  );
}
