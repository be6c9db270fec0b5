/**
 * The learner's progress as it travels in a learning platform's `cmi.suspend_data` (issue 12):
 * lessons done, quiz results and the last lesson, in a compact versioned text. Reflections and
 * assignments stay in the browser. Pure: no DOM, no storage, no SCORM API.
 *
 * Format, version 1: `AO1~<body>~<crc>`, where body is three sections joined by `|`:
 * - lessons done: `id.t` joined by `,`
 * - quizzes: `id.correct.total.percent.best.attempts.passed.t` joined by `,` (passed is 1 or 0)
 * - last lesson: `id.t` or nothing
 *
 * `t` is a time in whole seconds since 1970 in base 36; crc is the CRC-32 of the body in base 36,
 * so a value cut short by a platform, edited by hand or written by another course is refused.
 * Ids are the content's own (`[a-z0-9-]`), so `.`, `,`, `|` and `~` never occur inside them.
 */
import { crc32 } from './assignment-link';
import { emptyData, mergeData } from './backup';
import { isId, isQuizResult, type LastPosition, type LearnerData, type QuizResult } from './learner-data';

/** Characters `cmi.suspend_data` may hold: SCORM 1.2 (CMIString4096) and SCORM 2004 4th ed. */
export const SUSPEND_LIMIT = { scorm12: 4096, scorm2004: 64_000 } as const;

const PREFIX = 'AO';
/** Version of the encoding; raise it (and keep reading the old one) when the format changes. */
export const STATE_VERSION = 1;

/** A quiz's result without the answers (they stay in the browser). */
export type PlatformQuiz = Omit<QuizResult, 'answers'>;

/** What the platform keeps of the learner's data. */
export interface PlatformState {
  /** When each done lesson was done, by lesson id. */
  lessons: Record<string, string>;
  quizzes: Record<string, PlatformQuiz>;
  last?: LastPosition;
}

export const emptyState = (): PlatformState => ({ lessons: {}, quizzes: {} });

export type DecodeError = 'empty' | 'foreign' | 'version' | 'checksum' | 'invalid';
export type DecodeResult = { ok: true; state: PlatformState } | { ok: false; error: DecodeError };

const time = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
const fromTime = (t: string) => {
  if (!/^[0-9a-z]{1,8}$/.test(t)) return undefined;
  const ms = parseInt(t, 36) * 1000;
  return ms > 0 && ms < 8.64e15 ? new Date(ms).toISOString() : undefined;
};
const checksum = (body: string) => crc32(new TextEncoder().encode(body)).toString(36);

const lessonField = ([id, at]: [string, string]) => `${id}.${time(at)}`;
const quizField = ([id, q]: [string, PlatformQuiz]) =>
  [id, q.correct, q.total, q.percent, q.bestPercent, q.attempts, q.passed ? 1 : 0, time(q.at)].join('.');

function encodeBody(state: PlatformState): string {
  const last = state.last ? `${state.last.lessonId}.${time(state.last.at)}` : '';
  return [Object.entries(state.lessons).map(lessonField).join(','), Object.entries(state.quizzes).map(quizField).join(','), last].join('|');
}

const wrap = (body: string) => `${PREFIX}${STATE_VERSION}~${body}~${checksum(body)}`;

/** The state as suspend_data text, whatever its length. */
export const encodeState = (state: PlatformState): string => wrap(encodeBody(state));

export interface FittedState {
  text: string;
  /** False when something had to be left out to fit the limit. */
  complete: boolean;
}

/**
 * The state as suspend_data of at most `limit` characters. When it does not fit, what matters
 * most is kept: the final quiz first (the grade comes from it), then the lessons done, then the
 * other quizzes newest first, then the last position.
 */
export function fitState(state: PlatformState, limit: number, finalQuizId: string): FittedState {
  const full = encodeState(state);
  if (full.length <= limit) return { text: full, complete: true };
  type Step = (s: PlatformState) => void;
  const quiz =
    ([id, q]: [string, PlatformQuiz]): Step =>
    (s) => {
      s.quizzes[id] = q;
    };
  const newestFirst = Object.entries(state.quizzes).sort(([, a], [, b]) => b.at.localeCompare(a.at));
  const steps: Step[] = [
    ...newestFirst.filter(([id]) => id === finalQuizId).map(quiz),
    ...Object.entries(state.lessons).map(
      ([id, at]): Step =>
        (s) => {
          s.lessons[id] = at;
        },
    ),
    ...newestFirst.filter(([id]) => id !== finalQuizId).map(quiz),
    ...(state.last
      ? [
          (s: PlatformState) => {
            s.last = state.last;
          },
        ]
      : []),
  ];
  const kept = emptyState();
  for (const step of steps) {
    const trial: PlatformState = { ...kept, lessons: { ...kept.lessons }, quizzes: { ...kept.quizzes } };
    step(trial);
    if (encodeState(trial).length <= limit) step(kept);
  }
  return { text: encodeState(kept), complete: false };
}

/** Reads suspend_data; anything not written by this encoding, or damaged, is refused. */
export function decodeState(raw: string): DecodeResult {
  if (!raw) return { ok: false, error: 'empty' };
  const head = /^AO(\d+)~/.exec(raw);
  if (!head) return { ok: false, error: 'foreign' };
  if (Number(head[1]) !== STATE_VERSION) return { ok: false, error: 'version' };
  const rest = raw.slice(head[0].length);
  const cut = rest.lastIndexOf('~');
  if (cut < 0) return { ok: false, error: 'checksum' };
  const body = rest.slice(0, cut);
  if (checksum(body) !== rest.slice(cut + 1)) return { ok: false, error: 'checksum' };
  const sections = body.split('|');
  if (sections.length !== 3) return { ok: false, error: 'invalid' };
  const [lessonText, quizText, lastText] = sections as [string, string, string];
  const fields = (text: string) => (text ? text.split(',').map((f) => f.split('.')) : []);
  const state = emptyState();
  for (const f of fields(lessonText)) {
    const at = f.length === 2 ? fromTime(f[1]!) : undefined;
    if (!isId(f[0]) || !at || f[0] in state.lessons) return { ok: false, error: 'invalid' };
    state.lessons[f[0]] = at;
  }
  for (const f of fields(quizText)) {
    const [id, correct, total, percent, best, attempts, passed, t] = f;
    const number = (s: string | undefined) => (s && /^\d{1,5}$/.test(s) ? Number(s) : NaN);
    const quiz: PlatformQuiz = {
      correct: number(correct),
      total: number(total),
      percent: number(percent),
      bestPercent: number(best),
      attempts: number(attempts),
      passed: passed === '1',
      at: fromTime(t ?? '') ?? '',
    };
    const valid =
      f.length === 8 && isId(id) && !(id in state.quizzes) && (passed === '1' || passed === '0') && isQuizResult({ ...quiz, answers: {} });
    if (!valid) return { ok: false, error: 'invalid' };
    state.quizzes[id] = quiz;
  }
  if (lastText) {
    const [f, ...extra] = fields(lastText);
    const at = f?.length === 2 ? fromTime(f[1]!) : undefined;
    if (extra.length || !isId(f?.[0]) || !at) return { ok: false, error: 'invalid' };
    state.last = { lessonId: f[0], at };
  }
  return { ok: true, state };
}

/** What of the learner's data goes to the platform. */
export function platformStateOf(data: Pick<LearnerData, 'lessons' | 'quizzes' | 'last'>): PlatformState {
  const state = emptyState();
  for (const [id, p] of Object.entries(data.lessons)) if (p.completedAt) state.lessons[id] = p.completedAt;
  for (const [id, { answers: _, ...q }] of Object.entries(data.quizzes)) state.quizzes[id] = q;
  if (data.last) state.last = data.last;
  return state;
}

/** The platform's state as learner data, to merge into the browser's (answers are not known). */
export function learnerDataOf(state: PlatformState): LearnerData {
  return {
    ...emptyData(),
    lessons: Object.fromEntries(Object.entries(state.lessons).map(([id, at]) => [id, { visitedAt: at, completedAt: at }])),
    quizzes: Object.fromEntries(Object.entries(state.quizzes).map(([id, q]) => [id, { ...q, answers: {} }])),
    ...(state.last && { last: state.last }),
  };
}

/**
 * The platform's state joined with the browser's, losing neither (the backup merge's rules: a
 * lesson done in either is done, each quiz keeps its newest attempt and its best score, the
 * newest last position wins). What the platform had is kept even when the browser forgot it.
 */
export const mergeStates = (platform: PlatformState, local: LearnerData): PlatformState =>
  platformStateOf(mergeData(learnerDataOf(platform), local));
