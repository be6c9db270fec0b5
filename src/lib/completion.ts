import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { formatDate, formatDay } from './dates';
import type { AssignmentEntry, LessonProgress, QuizResult } from './learner-data';
import { countDone, isDone } from './learner-progress';
import { quizPassed } from './quiz-pass';

/**
 * The summary's words: `group('completion')` and the course's name. They come as a parameter so
 * the island that uses this module does not carry the whole dictionary.
 */
export type CompletionText = Strings<'completion'> & { course: string };

/** A module as the completion summary needs it. */
export interface CompletionModuleInput {
  id: string;
  order: number;
  title: string;
  lessons: readonly { id: string }[];
  /** With the lesson that shows each quiz, so a summary of one assignment keeps only its own. */
  quizzes: readonly { id: string; title: string; passPercent: number; lessonId?: string }[];
}

/**
 * The modules cut to one assignment's lessons (and the quizzes those lessons show), for a
 * completion summary of that assignment alone; modules it does not touch are left out.
 */
export function modulesOfAssignment<M extends CompletionModuleInput>(modules: readonly M[], lessonIds: readonly string[]): M[] {
  const chosen = new Set(lessonIds);
  return modules.flatMap((m) => {
    const lessons = m.lessons.filter((l) => chosen.has(l.id));
    return lessons.length ? [{ ...m, lessons, quizzes: m.quizzes.filter((q) => q.lessonId !== undefined && chosen.has(q.lessonId)) }] : [];
  });
}

export interface QuizCompletion {
  id: string;
  title: string;
  /** Missing when the learner has not checked the quiz yet. */
  result?: {
    bestPercent: number;
    passed: boolean;
    at: string;
    attempts: number;
    /** A quiz of dilemmas only has no score: it was answered, and that is all it says. */
    unscored?: boolean;
  };
}

export interface ModuleCompletion {
  id: string;
  order: number;
  title: string;
  done: number;
  total: number;
  /** When the last lesson of a finished module was done. */
  completedAt?: string;
  quizzes: QuizCompletion[];
}

export interface Completion {
  modules: ModuleCompletion[];
  lessonsDone: number;
  lessonsTotal: number;
  modulesDone: number;
  modulesTotal: number;
  assignments: { id: string; name: string; due?: string; done: number; total: number }[];
}

/** What the learner has done, from the stored data, for the summary a trainer is shown. */
export function buildCompletion(
  modules: readonly CompletionModuleInput[],
  data: { lessons: Record<string, LessonProgress>; quizzes: Record<string, QuizResult>; assignments: Record<string, AssignmentEntry> },
): Completion {
  const rows = modules.map((m): ModuleCompletion => {
    const ids = m.lessons.map((l) => l.id);
    const { done, total } = countDone(ids, data.lessons);
    const dates = ids
      .map((id) => data.lessons[id]?.completedAt)
      .filter((d): d is string => !!d)
      .sort();
    return {
      id: m.id,
      order: m.order,
      title: m.title,
      done,
      total,
      ...(total > 0 && done === total && { completedAt: dates.at(-1) }),
      quizzes: m.quizzes.map((q) => {
        const r = data.quizzes[q.id];
        return {
          id: q.id,
          title: q.title,
          ...(r && {
            result: {
              bestPercent: r.bestPercent,
              passed: quizPassed(r, q.passPercent),
              at: r.at,
              attempts: r.attempts,
              ...(r.total === 0 && { unscored: true }),
            },
          }),
        };
      }),
    };
  });
  const known = new Set(modules.flatMap((m) => m.lessons.map((l) => l.id)));
  return {
    modules: rows,
    lessonsDone: rows.reduce((sum, m) => sum + m.done, 0),
    lessonsTotal: rows.reduce((sum, m) => sum + m.total, 0),
    modulesDone: rows.filter((m) => m.completedAt).length,
    modulesTotal: rows.length,
    assignments: Object.values(data.assignments)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
      .map((a) => {
        const lessons = a.lessons.filter((id) => known.has(id));
        return {
          id: a.id,
          name: a.name,
          ...(a.due && { due: a.due }),
          done: lessons.filter((id) => isDone(data.lessons[id])).length,
          total: lessons.length,
        };
      }),
  };
}

/** "Moduuli 3: Asiakasosallisuuden talo". */
export const moduleTitle = (m: { order: number; title: string }, text: CompletionText) =>
  format(text.moduleLabel, { n: m.order, title: m.title });

/** One line about a module's lessons: "3/3 oppituntia tehty, suoritettu 5.3.2026". */
export function moduleLine(m: ModuleCompletion, text: CompletionText): string {
  const lessons = format(text.lessonsDone, { done: m.done, total: m.total });
  return m.completedAt ? format(text.completedOn, { lessons, date: formatDate(m.completedAt) }) : lessons;
}

/** One line about a quiz: its best score, whether it is passed, when and in how many attempts. */
export function quizLine(q: QuizCompletion, text: CompletionText): string {
  if (!q.result) return format(text.item, { title: q.title, status: text.quizNotDone });
  const { bestPercent, passed, at, attempts, unscored } = q.result;
  if (unscored) return format(text.item, { title: q.title, status: format(text.quizAnswered, { date: formatDate(at) }) });
  const status = format(text.quizResult, {
    percent: bestPercent,
    passed: passed ? text.passed : text.notPassed,
    date: formatDate(at),
    attempts: format(text.attempts, { count: attempts }),
  });
  return format(text.item, { title: q.title, status });
}

/** One line about an assignment: its name, lessons done and due date. */
export function assignmentLine(a: Completion['assignments'][number], text: CompletionText): string {
  const line = format(text.item, { title: a.name, status: format(text.lessonsDone, { done: a.done, total: a.total }) });
  return a.due ? format(text.due, { line, date: formatDay(a.due) }) : line;
}

/** The summary as plain text, for the file the learner saves and hands to the trainer. */
export function completionText(c: Completion, text: CompletionText, meta: { name?: string; date: Date; assignment?: string }): string {
  const lines = [
    format(text.field, { label: text.course, value: text.title }),
    ...(meta.assignment ? [format(text.forAssignment, { name: meta.assignment })] : []),
    ...(meta.name ? [format(text.field, { label: text.name, value: meta.name })] : []),
    format(text.field, { label: text.compiled, value: formatDate(meta.date) }),
    '',
    format(text.totals, {
      lessonsDone: c.lessonsDone,
      lessonsTotal: c.lessonsTotal,
      modulesDone: c.modulesDone,
      modulesTotal: c.modulesTotal,
    }),
    '',
  ];
  for (const m of c.modules) {
    lines.push(moduleTitle(m, text), `  ${moduleLine(m, text)}`);
    for (const q of m.quizzes) lines.push(`  ${quizLine(q, text)}`);
    lines.push('');
  }
  if (c.assignments.length) {
    lines.push(text.assignments);
    for (const a of c.assignments) lines.push(`  ${assignmentLine(a, text)}`);
    lines.push('');
  }
  lines.push(text.footnote);
  return `${lines.join('\n')}\n`;
}
