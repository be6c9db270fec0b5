/** Reflection answers: what is kept when text meets a saved answer, and when it was saved. Pure. */
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { clock, formatDate } from './dates';

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
