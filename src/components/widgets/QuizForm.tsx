import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { readable } from '../../lib/learner-data';
import { answerOf, displayOrder, initialAnswer, isAnswered, restoreAnswers, scoreQuiz, type Answers } from '../../lib/quiz';
import { allQuizzesPassed, type PassMark } from '../../lib/quiz-pass';
import type { QuizData } from '../../schemas/quiz';
import { $quizResults, markCompleted, recordQuizResult } from '../../stores/learner';
import { questionComponents, type QuestionProps, type QuestionType } from './question-types';
import { useHydrated } from '../../hooks/hydration';
import './quiz.css';

interface Props {
  quizId: string;
  quiz: QuizData;
  /** The lesson that shows this quiz, and all quizzes it shows: passing them all marks it done. */
  lessonId: string;
  lessonQuizzes: PassMark[];
  /** The final quiz only: where its passed result leads. */
  certificateHref?: string;
  strings: Strings<'quiz'>;
}

type Orders = Record<string, number[]>;

type AnyQuestionProps = QuestionProps<QuestionType>;

/** One question through the component of its type; its answer is checked against the type, not cast. */
function QuestionView({ question, answer, ...rest }: Omit<AnyQuestionProps, 'answer'> & { answer: unknown }) {
  // TypeScript cannot tie the looked-up component to this question's own type (a correlated
  // union), so the map's entry is widened here, once; the map itself is checked per type.
  const Component = questionComponents[question.type] as ComponentType<AnyQuestionProps>;
  return <Component question={question} answer={answerOf(question, answer)} {...rest} />;
}

/** Points with at most one decimal, as Finnish writes them ("4,5"). */
const points = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/**
 * A quiz: the learner answers, presses Tarkista and sees, for each question, the verdict and
 * why the chosen and the right options are so; the result is announced, stored, and shown again
 * after a reload. Tarkista with questions unanswered records nothing and names them. Controls
 * stay disabled until the island runs, so nothing can be answered that would be lost.
 */
export default function QuizForm({ quizId, quiz, lessonId, lessonQuizzes, certificateHref, strings }: Props) {
  const hydrated = useHydrated();
  const ordersFor = (attempt: number): Orders =>
    Object.fromEntries(quiz.questions.map((q) => [q.id, displayOrder(quizId, q, attempt, quiz.shuffle)]));
  const fresh = (orders: Orders): Answers => Object.fromEntries(quiz.questions.map((q) => [q.id, initialAnswer(q, orders[q.id]!)]));

  const [attempt, setAttempt] = useState(0);
  const orders = useMemo(() => ordersFor(attempt), [attempt]);
  const [answers, setAnswers] = useState<Answers>(() => fresh(orders));
  const [checked, setChecked] = useState(false);
  /** Questions left unanswered when Tarkista was pressed, by index. */
  const [missing, setMissing] = useState<number[]>([]);
  const focusAfter = useRef<'result' | 'start' | 'missing'>();
  const root = useRef<HTMLElement>(null);
  const resultBox = useRef<HTMLDivElement>(null);

  // The last stored result fills in after hydration, so the first render matches the server's.
  useEffect(() => {
    const stored = readable($quizResults.get())[quizId];
    if (!stored) return;
    setAnswers({ ...fresh(orders), ...restoreAnswers(quiz, stored.answers) });
    setChecked(true);
  }, []);

  const firstControl = (scope: Element | null | undefined) =>
    scope?.querySelector<HTMLElement>('input:enabled, select:enabled, .move-button:enabled');
  useEffect(() => {
    const questions = root.current?.querySelectorAll('.quiz__question');
    if (focusAfter.current === 'result') resultBox.current?.focus();
    if (focusAfter.current === 'start') firstControl(root.current)?.focus();
    if (focusAfter.current === 'missing') firstControl(questions?.[missing[0]!])?.focus();
    focusAfter.current = undefined;
  }, [checked, missing]);

  const score = checked ? scoreQuiz(quiz, answers) : undefined;

  const check = () => {
    const unanswered = quiz.questions.flatMap((q, i) => (isAnswered(q, answers[q.id], orders[q.id]!) ? [] : [i]));
    if (unanswered.length) {
      focusAfter.current = 'missing';
      setMissing(unanswered);
      return;
    }
    const s = scoreQuiz(quiz, answers);
    const given = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== undefined));
    recordQuizResult(quizId, { correct: s.correct, total: s.total, percent: s.percent, passed: s.passed, answers: given });
    if (allQuizzesPassed(lessonQuizzes, $quizResults.get())) markCompleted(lessonId);
    focusAfter.current = 'result';
    setMissing([]);
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

  let resultText = '';
  if (score?.unscored) resultText = score.passed ? strings.resultDilemma : strings.unansweredSome;
  else if (score) {
    resultText = `${format(strings.result, { points: points(score.points), total: score.total, percent: score.percent })} ${format(score.passed ? strings.passed : strings.failed, { pass: quiz.passPercent })}`;
  }

  return (
    <section class="card quiz" ref={root} aria-labelledby={`${quizId}-otsikko`}>
      <h3 id={`${quizId}-otsikko`} class="quiz__title">
        {quiz.title}
      </h3>
      <p class="quiz__meta">{format(strings.meta, { count, pass: quiz.passPercent })}</p>
      <ol class="quiz__questions">
        {quiz.questions.map((q, i) => (
          <li key={q.id} class="quiz__question">
            {/* Drawn by hand, not as the list marker: that would stand beside the verdict, not the question.
                One string: adjacent text nodes would hydrate as "1..". */}
            <span class="quiz__number" aria-hidden="true">
              {`${i + 1}.`}
            </span>
            <QuestionView
              question={q}
              order={orders[q.id]!}
              answer={answers[q.id]}
              onAnswer={setAnswer(q.id)}
              disabled={disabled}
              result={score?.results[q.id]}
              strings={strings}
              idBase={`${quizId}-${q.id}`}
            />
          </li>
        ))}
      </ol>
      <div
        class={`quiz__result${score ? (score.passed ? ' quiz__result--passed' : ' quiz__result--failed') : missing.length ? ' quiz__result--missing' : ''}`}
        role="status"
        tabIndex={-1}
        ref={resultBox}
      >
        {score && resultText}
        {!score && missing.length > 0 && (
          <>
            <p>{strings.answerFirst}</p>
            <ul>
              {missing.map((i) => (
                <li key={i}>{format(strings.questionLabel, { n: i + 1, prompt: quiz.questions[i]!.prompt })}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="quiz__actions">
        {checked ? (
          <>
            {certificateHref && score?.passed && (
              <a class="button" href={certificateHref}>
                {strings.toCertificate}
              </a>
            )}
            <button type="button" class="button secondary" onClick={retry}>
              {strings.retry}
            </button>
          </>
        ) : (
          <button type="button" class="button" disabled={!hydrated} onClick={check}>
            {strings.check}
          </button>
        )}
      </div>
    </section>
  );
}
