import { useEffect, useState } from 'preact/hooks';
import { NONE, useHydrated, useStored } from '../../hooks/hydration';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { formatDate } from '../../lib/dates';
import { diaryCount, diaryFileName, diaryMarkdown, type DiaryModule } from '../../lib/diary';
import { readable } from '../../lib/learner-data';
import { isAnswered } from '../../lib/reflection';
import { $reflections } from '../../stores/learner';
import { downloadFile } from '../download';

interface Props {
  courseTitle: string;
  /** Every reflection prompt, by module and lesson (lesson URLs relative to the site). */
  modules: DiaryModule[];
  strings: Strings<'diary'>;
}

/**
 * Hides the prompts not answered when the learner shows only answered ones. The prompts are
 * server-rendered islands of the page (`data-diary-prompt`, inside `data-diary-group` lessons
 * and modules); a group with nothing left to show is hidden with them.
 */
function showOnly(answered: Set<string> | undefined) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-diary-prompt]'))
    el.hidden = !!answered && !answered.has(el.dataset.diaryPrompt!);
  for (const group of document.querySelectorAll<HTMLElement>('[data-diary-group]')) {
    group.hidden = !!answered && !group.querySelector('[data-diary-prompt]:not([hidden])');
  }
}

/** The diary's count of answers, which prompts it shows, its download as Markdown and its print button. */
export default function DiaryTools({ courseTitle, modules, strings }: Props) {
  const hydrated = useHydrated();
  const answers = Object.fromEntries(Object.entries(readable(useStored($reflections, NONE))).map(([id, r]) => [id, r.text]));
  const count = diaryCount(modules, answers);
  // Only answered prompts by default once there are any (issue 13); decided once, so a prompt
  // does not vanish while the learner empties it.
  const [onlyAnswered, setOnlyAnswered] = useState<boolean>();
  useEffect(() => {
    if (hydrated && onlyAnswered === undefined) setOnlyAnswered(count.answered > 0);
  }, [hydrated]);
  useEffect(() => {
    if (onlyAnswered === undefined) return;
    showOnly(onlyAnswered ? new Set(Object.keys(answers).filter((id) => isAnswered(answers[id]))) : undefined);
  }, [onlyAnswered]);

  const download = () => {
    const absolute = modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => ({ ...l, url: new URL(l.url, location.href).href })),
    }));
    const date = new Date();
    downloadFile(diaryFileName(date), diaryMarkdown(absolute, answers, { courseTitle, date, strings }), 'text/markdown;charset=utf-8');
  };

  return (
    <div class="diary-tools">
      <p class="diary-tools__count">{hydrated && format(strings.count, count)}</p>
      <p class="diary-tools__date">{hydrated && format(strings.printDate, { date: formatDate(new Date()) })}</p>
      <fieldset class="diary-tools__show" disabled={!hydrated}>
        <legend>{strings.show}</legend>
        <label>
          <input
            type="radio"
            name="diary-show"
            checked={onlyAnswered === true}
            disabled={hydrated && !count.answered}
            onChange={() => setOnlyAnswered(true)}
          />{' '}
          {format(strings.showAnswered, { count: count.answered })}
        </label>
        <label>
          <input type="radio" name="diary-show" checked={onlyAnswered !== true} onChange={() => setOnlyAnswered(false)} />{' '}
          {format(strings.showAll, { count: count.total })}
        </label>
      </fieldset>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form: a fieldset would bring form semantics and styling */}
      <div class="diary-tools__buttons" role="group" aria-label={strings.tools}>
        <button type="button" class="button" disabled={!hydrated || !count.answered} onClick={download}>
          {strings.download}
        </button>
        <button type="button" class="button secondary" disabled={!hydrated} onClick={() => print()}>
          {strings.print}
        </button>
      </div>
    </div>
  );
}
