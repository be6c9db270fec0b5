/** The learning diary: every reflection prompt of the course and the learner's answers. Pure. */
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { dayOf, formatDate } from './dates';
import { isAnswered } from './reflection';

export interface DiaryLesson {
  title: string;
  /** The lesson's address (absolute in the downloaded file). */
  url: string;
  reflections: { id: string; prompt: string }[];
}

export interface DiaryModule {
  /** Shown as it is, e.g. "Moduuli 3: Asiakasosallisuuden talo". */
  title: string;
  lessons: DiaryLesson[];
}

/** The strings the diary file is written with. */
export type DiaryStrings = Pick<Strings<'diary'>, 'title' | 'mdDate' | 'count'>;

/** How many prompts have an answer, out of all. */
export function diaryCount(modules: readonly DiaryModule[], answers: Record<string, string>) {
  const ids = modules.flatMap((m) => m.lessons.flatMap((l) => l.reflections.map((r) => r.id)));
  return { answered: ids.filter((id) => isAnswered(answers[id])).length, total: ids.length };
}

/** Every line break a Markdown reader may honour: CR LF, CR, LF and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;

/**
 * Answer text as a Markdown block quote that is safe to open anywhere (issue 17.9): every line
 * stays inside the quote, so a line the learner starts with `#` or `-` stays text; raw HTML is
 * escaped, and so are brackets, so that no answer becomes a link or an image that loads something.
 */
const quote = (text: string) =>
  text
    .trim()
    .split(LINE_BREAK)
    .map((line) =>
      line
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\[\]])/g, '\\$1'),
    )
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');

/** A lesson's prompts in the order the lesson shows them (`shown`: ids in the lesson text); others after, as listed. */
export function inLessonOrder<T extends { id: string }>(reflections: readonly T[], shown: readonly string[]): T[] {
  const at = (id: string) => (shown.includes(id) ? shown.indexOf(id) : shown.length);
  return [...reflections].sort((a, b) => at(a.id) - at(b.id));
}

/** The diary as a Markdown file: modules, lessons (linked), prompts and answers; unanswered prompts are left out (issue 13). */
export function diaryMarkdown(
  modules: readonly DiaryModule[],
  answers: Record<string, string>,
  { courseTitle, date, strings }: { courseTitle: string; date: Date; strings: DiaryStrings },
): string {
  const out = [
    `# ${strings.title} – ${courseTitle}`,
    `${format(strings.mdDate, { date: formatDate(date) })} ${format(strings.count, diaryCount(modules, answers))}`,
  ];
  const answered = (l: DiaryLesson) => l.reflections.filter((r) => isAnswered(answers[r.id]));
  for (const m of modules) {
    if (!m.lessons.some((l) => answered(l).length)) continue;
    out.push(`## ${m.title}`);
    for (const l of m.lessons) {
      if (!answered(l).length) continue;
      out.push(`### [${l.title}](${l.url})`);
      for (const r of answered(l)) out.push(`#### ${r.prompt}`, quote(answers[r.id]!));
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** A file name like `oppimispaivakirja-2026-11-03.md` (the learner's local date). */
export const diaryFileName = (date: Date): string => `oppimispaivakirja-${dayOf(date)}.md`;
