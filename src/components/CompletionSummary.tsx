import { useEffect, useState } from 'preact/hooks';
import { format } from '../i18n/format';
import {
  assignmentLine,
  buildCompletion,
  completionText,
  moduleLine,
  modulesOfAssignment,
  moduleTitle,
  quizLine,
  type CompletionModuleInput,
  type CompletionText,
} from '../lib/completion';
import { dayOf, formatDate } from '../lib/dates';
import { readable } from '../lib/learner-data';
import { $assignments, $lessonProgress, $quizResults } from '../stores/learner';
import { downloadFile } from './download';
import LearnerNameField, { useLearnerName } from './LearnerNameField';
import './CompletionSummary.css';
import { NONE, useStored } from '../hooks/hydration';

interface Props {
  modules: CompletionModuleInput[];
  text: CompletionText;
}

/**
 * What the learner has done, to print (or save as PDF from the print dialog) or download as a
 * text file and hand to the trainer. Built in the browser from stored data; nothing is sent.
 * With an assignment's id in the address (`suoritukset/#<id>`) it covers that assignment only.
 */
export default function CompletionSummary({ modules, text }: Props) {
  const lessons = useStored($lessonProgress, NONE);
  const quizzes = useStored($quizResults, NONE);
  const assignments = useStored($assignments, NONE);
  // Set after hydration: until then the server HTML's placeholders stay, so nothing jumps.
  const [today, setToday] = useState<Date>();
  const [name, setName] = useLearnerName();
  const [status, setStatus] = useState('');

  const [scopeId, setScopeId] = useState('');

  useEffect(() => {
    setToday(new Date());
    const read = () => setScopeId(decodeURIComponent(location.hash.slice(1)));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  const scope = readable(assignments)[scopeId];
  const summary = buildCompletion(scope ? modulesOfAssignment(modules, scope.lessons) : modules, {
    lessons: readable(lessons),
    quizzes: readable(quizzes),
    assignments: scope ? { [scope.id]: scope } : readable(assignments),
  });
  const ready = !!today;
  const show = (line: string) => (ready ? line : text.pending);

  function download() {
    if (!today) return;
    const file = format(text.fileName, { date: dayOf(today) });
    const meta = { name: name.trim(), date: today, ...(scope && { assignment: scope.name }) };
    downloadFile(file, completionText(summary, text, meta), 'text/plain;charset=utf-8');
    setStatus(format(text.downloaded, { file }));
  }

  return (
    <div class="completion">
      <LearnerNameField id="completion-name" label={text.nameField} hint={text.nameHint} value={name} onInput={setName} />

      <div class="completion-sheet card">
        <p class="completion-sheet__course">{text.course}</p>
        {scope && (
          <p class="completion-sheet__scope">
            <strong>{format(text.forAssignment, { name: scope.name })}</strong>{' '}
            <a class="no-print" href={location.pathname}>
              {text.wholeCourse}
            </a>
          </p>
        )}
        <dl class="completion-sheet__meta">
          {name.trim() && (
            <>
              <dt>{text.name}</dt>
              <dd>{name.trim()}</dd>
            </>
          )}
          <dt>{text.compiled}</dt>
          <dd>{today ? formatDate(today) : text.pending}</dd>
        </dl>
        <p class="completion-sheet__totals">
          {show(
            format(text.totals, {
              lessonsDone: summary.lessonsDone,
              lessonsTotal: summary.lessonsTotal,
              modulesDone: summary.modulesDone,
              modulesTotal: summary.modulesTotal,
            }),
          )}
        </p>
        <h2>{text.modules}</h2>
        <ol class="completion-modules">
          {summary.modules.map((m) => (
            <li key={m.id} data-module-id={m.id}>
              <h3>{moduleTitle(m, text)}</h3>
              <p>{show(moduleLine(m, text))}</p>
              {m.quizzes.length > 0 && (
                <ul>
                  {m.quizzes.map((q) => (
                    <li key={q.id} data-quiz-id={q.id}>
                      {ready ? quizLine(q, text) : format(text.item, { title: q.title, status: text.pending })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        {ready && summary.assignments.length > 0 && (
          <>
            <h2>{text.assignments}</h2>
            <ul>
              {summary.assignments.map((a) => (
                <li key={a.id}>{assignmentLine(a, text)}</li>
              ))}
            </ul>
          </>
        )}
        <p class="muted">{text.footnote}</p>
      </div>

      <div class="completion-actions no-print">
        <button type="button" class="button" onClick={() => print()}>
          {text.print}
        </button>
        <button type="button" class="button secondary" onClick={download} disabled={!ready}>
          {text.download}
        </button>
      </div>
      <p role="status" class="completion-status">
        {status}
      </p>
    </div>
  );
}
