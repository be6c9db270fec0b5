import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { readable } from '../../lib/learner-data';
import { isAnswered, mergeTyped, savedLabel } from '../../lib/reflection';
import { $reflections, saveReflection } from '../../stores/learner';
import { useHydrated } from './use-hydrated';
import './reflection.css';

interface Props {
  /** The reflection's id in its lesson's frontmatter. */
  id: string;
  prompt: string;
  strings: Strings<'reflection'>;
  /** Link to the learning diary (lesson pages; the diary itself has none). */
  diaryHref?: string;
}

const SAVE_DELAY = 500;

/**
 * A reflection prompt and the learner's answer, saved in this browser as they type (after a
 * pause, on leaving the field and when the page is hidden). The textarea is real in the server
 * HTML: what is typed before the island runs is kept and added to any saved answer.
 */
export default function ReflectionField({ id, prompt, strings, diaryHref }: Props) {
  const hydrated = useHydrated();
  const entry = readable(useStore($reflections, { keys: [id] }))[id];
  const field = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // Mirrors the field for the printed diary, which cannot show a scrolled textarea.
  const [text, setText] = useState('');

  const save = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (field.current) saveReflection(id, field.current.value);
  };

  useEffect(() => {
    const el = field.current!;
    const merged = mergeTyped(readable($reflections.get())[id]?.text ?? '', el.value);
    el.value = merged;
    setText(merged);
    if (merged) saveReflection(id, merged);
    const flush = () => timer.current !== undefined && save();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  // An answer changed elsewhere (another tab, an imported backup) shows here unless the learner is typing.
  useEffect(() => {
    const el = field.current;
    if (!hydrated || !el || !entry || entry.text === el.value) return;
    if (document.activeElement === el || timer.current !== undefined) return;
    el.value = entry.text;
    setText(entry.text);
  }, [entry?.text]);

  const onInput = () => {
    setText(field.current!.value);
    clearTimeout(timer.current);
    timer.current = setTimeout(save, SAVE_DELAY);
  };

  const fieldId = `pohdinta-${id}`;
  const status = !hydrated ? '' : entry && isAnswered(entry.text) ? savedLabel(entry.updatedAt, strings) : strings.empty;
  return (
    <div class="card reflection" data-reflection-id={id}>
      <label class="reflection__prompt" for={fieldId}>
        {prompt}
      </label>
      {/* Texts repeated on every reflection are kept out of the search index. */}
      <p class="reflection__privacy" id={`${fieldId}-ohje`} data-pagefind-ignore="">
        {strings.privacy}
      </p>
      <textarea
        id={fieldId}
        class="reflection__field"
        rows={5}
        autocomplete="off"
        aria-describedby={`${fieldId}-ohje ${fieldId}-tila`}
        ref={field}
        onInput={onInput}
        onBlur={save}
      />
      <div class={`reflection__answer${isAnswered(text) ? '' : ' reflection__answer--empty'}`} aria-hidden="true" data-pagefind-ignore="">
        {isAnswered(text) ? text : strings.empty}
      </div>
      {/* Not a live region: a time announced on every save would interrupt typing; the field describes it. */}
      <p class="reflection__status" id={`${fieldId}-tila`} data-pagefind-ignore="">
        {status}
      </p>
      {diaryHref && (
        <p class="reflection__diary" data-pagefind-ignore="">
          <a href={diaryHref}>{strings.diaryLink}</a>
        </p>
      )}
    </div>
  );
}
