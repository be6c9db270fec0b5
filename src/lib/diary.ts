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
export type DiaryStrings = Pick<Strings<'diary'>, 'title' | 'mdDate' | 'count'> & { empty: string };

/** How many prompts have an answer, out of all. */
export function diaryCount(modules: readonly DiaryModule[], answers: Record<string, string>) {
  const ids = modules.flatMap((m) => m.lessons.flatMap((l) => l.reflections.map((r) => r.id)));
  return { answered: ids.filter((id) => isAnswered(answers[id])).length, total: ids.length };
}

/** Answer text as a Markdown block quote, so a line the learner starts with `#` or `-` stays text. */
const quote = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');

/** The diary as a Markdown file: modules, lessons (linked), prompts and answers, unanswered ones marked. */
export function diaryMarkdown(
  modules: readonly DiaryModule[],
  answers: Record<string, string>,
  { courseTitle, date, strings }: { courseTitle: string; date: Date; strings: DiaryStrings },
): string {
  const out = [
    `# ${strings.title} – ${courseTitle}`,
    `${format(strings.mdDate, { date: formatDate(date) })} ${format(strings.count, diaryCount(modules, answers))}`,
  ];
  for (const m of modules) {
    if (!m.lessons.some((l) => l.reflections.length)) continue;
    out.push(`## ${m.title}`);
    for (const l of m.lessons) {
      if (!l.reflections.length) continue;
      out.push(`### [${l.title}](${l.url})`);
      for (const r of l.reflections) {
        const text = answers[r.id];
        out.push(`#### ${r.prompt}`, isAnswered(text) ? quote(text!) : `_${strings.empty}_`);
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** A file name like `oppimispaivakirja-2026-11-03.md` (the learner's local date). */
export const diaryFileName = (date: Date): string => `oppimispaivakirja-${dayOf(date)}.md`;
