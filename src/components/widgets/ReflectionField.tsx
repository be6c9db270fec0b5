import { useEffect, useRef, useState } from 'preact/hooks';
import { NONE, useHydrated, useStored } from '../../hooks/hydration';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { isUnreadable, MAX_TEXT, type ReflectionEntry } from '../../lib/learner-data';
import { isAnswered, keepBoth, mergeTyped, savedLabel, wroteOver } from '../../lib/reflection';
import { $reflections, discardUnreadableReflection, isReflectionStored, saveReflection } from '../../stores/learner';
import { downloadFile } from '../download';
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
 * HTML: what is typed before the island runs is kept and added to any saved answer. A save knows
 * which stored version it edited (`base`): if another tab saved a different text meanwhile, both
 * are shown and the learner chooses; nothing is written over a stored answer that cannot be read.
 */
export default function ReflectionField({ id, prompt, strings, diaryHref }: Props) {
  const hydrated = useHydrated();
  const stored = useStored($reflections, NONE, [id])[id];
  const field = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  /** The stored entry the field's text was last in step with. */
  const base = useRef<ReflectionEntry>();
  /** Whether `base` is this tab's own save, which another tab's save could hide unseen. */
  const ownBase = useRef(false);
  // Mirrors the field for the printed diary, which cannot show a scrolled textarea.
  const [text, setText] = useState('');
  const [conflict, setConflict] = useState<ReflectionEntry>();
  const [unsaved, setUnsaved] = useState(false);
  const conflictRef = useRef<ReflectionEntry>();
  conflictRef.current = conflict;

  const show = (value: string) => {
    if (field.current) field.current.value = value;
    setText(value);
  };

  /** Writes the field's text (if it changed); a conflict or an unreadable stored value stops it. */
  const save = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const el = field.current;
    if (!el) return;
    const outcome = saveReflection(id, el.value, base.current);
    if (outcome.kind === 'saved') {
      base.current = outcome.entry;
      ownBase.current = true;
      setConflict(undefined);
      setUnsaved(!isReflectionStored(id));
    } else if (outcome.kind === 'conflict') {
      setConflict(outcome.other);
    }
  };

  /** Resolves a conflict: the text to keep is written over the other tab's (now the base). */
  const resolve = (choice: 'mine' | 'other' | 'both') => {
    const other = conflictRef.current;
    const el = field.current;
    if (!other || !el) return;
    base.current = other;
    ownBase.current = false;
    if (choice === 'other') show(other.text);
    if (choice === 'both') show(keepBoth(el.value, other.text));
    setConflict(undefined);
    save();
    el.focus();
  };

  useEffect(() => {
    const el = field.current!;
    const now = $reflections.get()[id];
    if (!isUnreadable(now)) {
      base.current = now;
      const merged = mergeTyped(now?.text ?? '', el.value);
      show(merged);
      if (merged !== (now?.text ?? '')) save();
    }
    // Leaving the page never drops text: an open conflict is kept as both texts.
    const flush = () => {
      if (conflictRef.current) resolve('both');
      else if (timer.current !== undefined) save();
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  // An answer changed elsewhere (another tab, an imported backup) shows here while the field
  // holds no edit of its own; with an edit, the next save finds the conflict.
  useEffect(() => {
    const el = field.current;
    if (!hydrated || !el || isUnreadable(stored) || stored === base.current) return;
    // Another tab's save went over this tab's own without seeing it: the learner chooses.
    if (stored && base.current && ownBase.current && wroteOver(stored, base.current)) return setConflict(stored);
    if (el.value !== (base.current?.text ?? '') || timer.current !== undefined) return;
    base.current = stored;
    ownBase.current = false;
    // Made by a tab that saw this one's text (or none of it): nothing left to choose between.
    setConflict(undefined);
    show(stored?.text ?? '');
  }, [stored]);

  const onInput = () => {
    setText(field.current!.value);
    clearTimeout(timer.current);
    timer.current = setTimeout(save, SAVE_DELAY);
  };

  const fieldId = `pohdinta-${id}`;
  const unreadable = hydrated && isUnreadable(stored) ? stored : undefined;
  const entry = hydrated && !isUnreadable(stored) ? stored : undefined;
  // While a conflict is open the field's text is not saved: the alert above says why.
  const status =
    !hydrated || conflict
      ? ''
      : unreadable
        ? ''
        : unsaved
          ? strings.notStored
          : entry && isAnswered(entry.text)
            ? savedLabel(entry.updatedAt, strings)
            : strings.empty;
  return (
    <div class="card reflection" data-reflection-id={id}>
      <label class="reflection__prompt" for={fieldId}>
        {prompt}
      </label>
      {/* Texts repeated on every reflection are kept out of the search index. */}
      <p class="reflection__privacy" id={`${fieldId}-ohje`} data-pagefind-ignore="">
        {strings.privacy} {format(strings.limit, { max: MAX_TEXT })}
      </p>
      {unreadable && (
        <div class="reflection__problem" role="alert" data-pagefind-ignore="">
          <p>{strings.unreadable}</p>
          <div class="reflection__actions">
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadFile(`pohdinta-${id}.txt`, unreadable.unreadable, 'text/plain;charset=utf-8')}
            >
              {strings.downloadRaw}
            </button>
            <button type="button" class="button secondary" onClick={() => discardUnreadableReflection(id)}>
              {strings.discardRaw}
            </button>
          </div>
        </div>
      )}
      <textarea
        id={fieldId}
        class="reflection__field"
        rows={5}
        autocomplete="off"
        maxLength={MAX_TEXT}
        readOnly={!!unreadable}
        aria-describedby={`${fieldId}-ohje ${fieldId}-tila`}
        ref={field}
        onInput={onInput}
        onBlur={save}
      />
      {conflict && (
        <div class="reflection__problem" role="alert" data-pagefind-ignore="">
          <p>
            <strong>{strings.conflictTitle}</strong>
          </p>
          <p>{format(strings.conflictText, { when: savedLabel(conflict.updatedAt, strings) })}</p>
          <div class="reflection__other">{conflict.text}</div>
          <div class="reflection__actions">
            <button type="button" class="button" onClick={() => resolve('mine')}>
              {strings.keepMine}
            </button>
            <button type="button" class="button secondary" onClick={() => resolve('other')}>
              {strings.keepOther}
            </button>
            <button type="button" class="button secondary" onClick={() => resolve('both')}>
              {strings.keepBoth}
            </button>
          </div>
        </div>
      )}
      <div class={`reflection__answer${isAnswered(text) ? '' : ' reflection__answer--empty'}`} aria-hidden="true" data-pagefind-ignore="">
        {isAnswered(text) ? text : strings.empty}
      </div>
      {/* Not a live region: a time announced on every save would interrupt typing; the field describes it. */}
      <p class="reflection__status" id={`${fieldId}-tila`} data-pagefind-ignore="">
        {/* Shown only if the island has not started a few seconds after load (global.css .needs-script). */}
        {!hydrated && <span class="needs-script">{strings.needsScript}</span>}
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
