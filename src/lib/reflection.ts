/** Reflection answers: what is kept when text meets a saved answer, and when it was saved. Pure. */
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { clock, formatDate } from './dates';
import { isUnreadable, type ReflectionEntry, type Unreadable } from './learner-data';

/**
 * The text of a reflection once its island starts: text typed before that (into a box that did
 * not yet show the saved answer) is added after the saved answer, so neither is lost.
 */
export function mergeTyped(saved: string, typed: string): string {
  if (!typed || typed === saved) return saved;
  if (!saved.trim()) return typed;
  return `${saved.trimEnd()}\n\n${typed}`;
}

/** Whether a reflection has an answer (whitespace alone is none). */
export const isAnswered = (text: string | undefined): boolean => !!text?.trim();

/** "Tallennettu klo 14.32", or with the date when it was not saved today. */
export function savedLabel(updatedAt: string, strings: Pick<Strings<'reflection'>, 'saved' | 'savedOn'>, now = new Date()): string {
  const at = new Date(updatedAt);
  const time = clock(at.getHours() * 60 + at.getMinutes());
  const date = formatDate(at);
  return date === formatDate(now) ? format(strings.saved, { time }) : format(strings.savedOn, { date, time });
}

/** What saving a reflection did (or why it did not). */
export type SaveOutcome =
  | { kind: 'saved'; entry: ReflectionEntry }
  /** The text is what is stored (or what the field was given): nothing to write. */
  | { kind: 'unchanged' }
  /** The stored answer cannot be read: it is never overwritten. */
  | { kind: 'unreadable' }
  /** Another tab saved a different text since this field read it: both are kept for the learner to choose. */
  | { kind: 'conflict'; other: ReflectionEntry };

/**
 * Whether a text edited from `base` may be written over what is `stored` now (issue 17.1): not
 * when it changes nothing, not over an unreadable value, and not over a text saved elsewhere
 * after `base` was read. An answer removed elsewhere (deleted data) is no text to lose.
 */
export function decideSave(
  stored: ReflectionEntry | Unreadable | undefined,
  base: ReflectionEntry | undefined,
  text: string,
): { kind: 'save' } | Exclude<SaveOutcome, { kind: 'saved' }> {
  if (stored && isUnreadable(stored)) return { kind: 'unreadable' };
  if (text === (stored?.text ?? '') || text === (base?.text ?? '')) return { kind: 'unchanged' };
  if (stored && (stored.updatedAt !== base?.updatedAt || stored.text !== base.text)) return { kind: 'conflict', other: stored };
  return { kind: 'save' };
}

/**
 * Whether an answer arriving from another tab was written over this tab's own last save without
 * seeing it (issue 17.1). Tabs share storage, but not atomically: two saves a moment apart can
 * both pass `decideSave`, and the later one hides the earlier. The later one was then edited from
 * an older version than `own`, so the tab that saved `own` can tell, and offer both texts.
 */
export const wroteOver = (incoming: ReflectionEntry, own: ReflectionEntry): boolean =>
  // By text, not by time: two saves in one millisecond have the same time.
  incoming.text !== own.text && incoming.basedOn !== own.updatedAt;

/** "Keep both": the learner's text, then the other tab's, each kept whole. */
export const keepBoth = (mine: string, other: string): string => mergeTyped(other, mine);
