/**
 * The launch page of the SCORM package (issue 12). It holds the one session with the platform
 * for as long as the learner is in the course, and shows the course pages in a frame: the pages
 * change, the session does not, so it is initialised once and finished once.
 *
 * At start the platform's saved state (suspend_data) is merged into this browser's; then every
 * change the pages make to the learner's data is reported, and committed when it matters (a
 * lesson done, a quiz checked), when the page is hidden, and when the learner leaves.
 */
import {
  courseReport,
  ELEMENTS,
  interactionValues,
  reportValues,
  sessionTime,
  type CourseFacts,
  type ScormVersion,
} from '../lib/lms-report';
import { decodeState, emptyState, fitState, learnerDataOf, mergeStates, SUSPEND_LIMIT, type PlatformState } from '../lib/lms-state';
import { connect } from './scorm-api';
import { mergeIntoLocal, onLocalChange, readLocal } from './store-bridge';

interface LaunchText {
  tooLarge: string;
  refused: string;
  newer: string;
}

const frame = document.querySelector<HTMLIFrameElement>('iframe[data-course]')!;
const notice = document.querySelector<HTMLElement>('[data-launch-notice]')!;
const version = document.documentElement.dataset.scorm as ScormVersion;
const facts: CourseFacts = JSON.parse(frame.dataset.facts!);
const text: LaunchText = JSON.parse(notice.dataset.text!);
const session = version === '1.2' || version === '2004' ? connect(version) : undefined;

const notify = (message: string) => {
  if (notice.textContent !== message) notice.textContent = message;
  notice.hidden = false;
};

/** What counts as a meaningful change: the lessons done and when each quiz was last checked. */
const milestones = (s: PlatformState) =>
  JSON.stringify([
    Object.keys(s.lessons).sort(),
    Object.entries(s.quizzes)
      .map(([id, q]) => `${id}@${q.at}`)
      .sort(),
  ]);

if (session) {
  const names = ELEMENTS[version];
  const limit = version === '1.2' ? SUSPEND_LIMIT.scorm12 : SUSPEND_LIMIT.scorm2004;
  const saved = decodeState(session.get(names.suspendData));
  // A newer course version's record is left as it is (nothing is reported over it); damaged or
  // foreign data is replaced.
  const frozen = !saved.ok && saved.error === 'version';
  if (!saved.ok && saved.error !== 'empty') notify(frozen ? text.newer : text.refused);
  let platform = saved.ok ? saved.state : emptyState();
  if (saved.ok) mergeIntoLocal(learnerDataOf(platform));

  // Each quiz check becomes one interaction record; those the platform already has are not sent again.
  let interactions = Number(session.get(names.interactions)) || 0;
  const recorded = new Map(Object.entries(platform.quizzes).map(([id, q]) => [id, q.at]));
  const started = Date.now();
  let sentState = '';
  let reached = '';
  /** Sends status, score, location, new quiz checks and the state (not over a newer version's record). */
  const send = () => {
    // The platform's own record is kept in what is sent, even if this browser's data was deleted.
    platform = mergeStates(platform, readLocal());
    for (const [element, value] of reportValues(version, courseReport(platform, facts))) session.set(element, value);
    for (const [id, quiz] of Object.entries(platform.quizzes)) {
      if (recorded.get(id) === quiz.at) continue;
      recorded.set(id, quiz.at);
      for (const [element, value] of interactionValues(version, interactions, id, quiz)) session.set(element, value);
      interactions++;
    }
    const fitted = fitState(platform, limit, facts.finalQuiz.id);
    if (fitted.text !== sentState && session.set(names.suspendData, fitted.text)) sentState = fitted.text;
    if (!fitted.complete) notify(text.tooLarge);
  };
  const report = (commit: boolean) => {
    if (!frozen) send();
    const now = milestones(platform);
    if (commit || now !== reached) {
      reached = now;
      session.set(names.exit, 'suspend');
      session.set(names.sessionTime, sessionTime(version, Date.now() - started));
      session.commit();
    }
  };

  report(true);
  onLocalChange(() => report(false));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && report(true));
  addEventListener('pagehide', () => {
    report(true);
    session.finish();
  });
}

frame.addEventListener('load', () => {
  const page = frame.contentDocument;
  if (!page) return;
  // The platform's window shows the lesson's title, and the pages tell what the platform keeps.
  document.title = page.title;
  if (session) for (const el of page.querySelectorAll<HTMLElement>('[data-lms-notice]')) el.hidden = false;
});
frame.src = frame.dataset.src!;
