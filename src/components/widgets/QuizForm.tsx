import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { readable } from '../../lib/learner-data';
import { quizzesPassed } from '../../lib/learner-progress';
import { displayOrder, initialAnswer, restoreAnswers, scoreQuiz, type Answers } from '../../lib/quiz';
import type { QuizData } from '../../schemas/quiz';
import { $quizResults, markCompleted, recordQuizResult } from '../../stores/learner';
import CategorizeQuestion from './CategorizeQuestion';
import ChoiceQuestion from './ChoiceQuestion';
import OrderingQuestion from './OrderingQuestion';
import { useHydrated } from '../../hooks/hydration';
import './quiz.css';

interface Props {
  quizId: string;
  quiz: QuizData;
  /** The lesson that shows this quiz, and all quizzes it shows: passing them all marks it done. */
  lessonId: string;
  lessonQuizIds: string[];
  strings: Strings<'quiz'>;
}

type Orders = Record<string, number[]>;

/**
 * A quiz: the learner answers, presses Tarkista and sees for every option or item why it is right
 * or wrong; the result is announced, stored, and shown again after a reload. Controls stay
 * disabled until the island runs, so nothing can be answered that would be lost.
 */
export default function QuizForm({ quizId, quiz, lessonId, lessonQuizIds, strings }: Props) {
  const hydrated = useHydrated();
  const ordersFor = (attempt: number): Orders =>
    Object.fromEntries(quiz.questions.map((q) => [q.id, displayOrder(quizId, q, attempt, quiz.shuffle)]));
  const fresh = (orders: Orders): Answers =>
    Object.fromEntries(quiz.questions.map((q) => [q.id, initialAnswer(q, orders[q.id]!)]));

  const [attempt, setAttempt] = useState(0);
  const orders = useMemo(() => ordersFor(attempt), [attempt]);
  const [answers, setAnswers] = useState<Answers>(() => fresh(orders));
  const [checked, setChecked] = useState(false);
  const focusAfter = useRef<'result' | 'start'>();
  const root = useRef<HTMLElement>(null);
  const resultBox = useRef<HTMLDivElement>(null);

  // The last stored result fills in after hydration, so the first render matches the server's.
  useEffect(() => {
    const stored = readable($quizResults.get())[quizId];
    if (!stored) return;
    setAnswers({ ...fresh(orders), ...restoreAnswers(quiz, stored.answers) });
    setChecked(true);
  }, []);

  useEffect(() => {
    if (focusAfter.current === 'result') resultBox.current?.focus();
    if (focusAfter.current === 'start') root.current?.querySelector<HTMLElement>('input, select, .move-button:enabled')?.focus();
    focusAfter.current = undefined;
  }, [checked]);

  const score = checked ? scoreQuiz(quiz, answers) : undefined;

  const check = () => {
    const s = scoreQuiz(quiz, answers);
    const given = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== undefined));
    recordQuizResult(quizId, { correct: s.correct, total: s.total, percent: s.percent, passed: s.passed, answers: given });
    if (s.passed && quizzesPassed(lessonQuizIds, $quizResults.get())) markCompleted(lessonId);
    focusAfter.current = 'result';
    setChecked(true);
  };

  const retry = () => {
    // A reshuffling quiz continues from the stored attempt count, so a new visit gets a new order too.
    const next = Math.max(attempt + 1, readable($quizResults.get())[quizId]?.attempts ?? 0);
    setAttempt(next);
    setAnswers(fresh(ordersFor(next)));
    focusAfter.current = 'start';
    setChecked(false);
  };

  const setAnswer = (id: string) => (answer: Answers[string]) => setAnswers((all) => ({ ...all, [id]: answer }));
  const disabled = !hydrated || checked;
  const count = quiz.questions.length;

  return (
    <section class="card quiz" ref={root} aria-labelledby={`${quizId}-otsikko`}>
      <h3 id={`${quizId}-otsikko`} class="quiz__title">
        {quiz.title}
      </h3>
      <p class="quiz__meta">{format(count === 1 ? strings.metaOne : strings.meta, { count, pass: quiz.passPercent })}</p>
      <ol class="quiz__questions">
        {quiz.questions.map((q) => {
          const common = { disabled, result: score?.results[q.id], strings };
          const idBase = `${quizId}-${q.id}`;
          return (
            <li key={q.id} class="quiz__question">
              {q.type === 'ordering' ? (
                <OrderingQuestion question={q} answer={answers[q.id] as number[]} onAnswer={setAnswer(q.id)} {...common} />
              ) : q.type === 'categorize' ? (
                <CategorizeQuestion
                  question={q}
                  order={orders[q.id]!}
                  answer={answers[q.id] as string[]}
                  onAnswer={setAnswer(q.id)}
                  idBase={idBase}
                  {...common}
                />
              ) : (
                <ChoiceQuestion question={q} order={orders[q.id]!} answer={answers[q.id]} onAnswer={setAnswer(q.id)} idBase={idBase} {...common} />
              )}
            </li>
          );
        })}
      </ol>
      <div
        class={`quiz__result${score ? (score.passed ? ' quiz__result--passed' : ' quiz__result--failed') : ''}`}
        role="status"
        tabIndex={-1}
        ref={resultBox}
      >
        {score &&
          `${format(strings.result, { correct: score.correct, total: score.total, percent: score.percent })} ${format(score.passed ? strings.passed : strings.failed, { pass: quiz.passPercent })}`}
      </div>
      <div class="quiz__actions">
        {checked ? (
          <button type="button" class="button secondary" onClick={retry}>
            {strings.retry}
          </button>
        ) : (
          <button type="button" class="button" disabled={!hydrated} onClick={check}>
            {strings.check}
          </button>
        )}
      </div>
    </section>
  );
}
