/**
 * The presenter view of a module: its lessons' reflection prompts and its quizzes' scenario
 * questions as slides, one at a time, for discussion in a workshop.
 */

export interface SlideOption {
  text: string;
  correct: boolean;
  explanation: string;
}

export type Slide =
  | { kind: 'reflection'; id: string /** The lesson it comes from. */; source: string; prompt: string }
  | {
      kind: 'scenario';
      id: string;
      /** The quiz it comes from. */
      source: string;
      scenario: string;
      prompt: string;
      /** No option is right: the point is to talk about the tension. */
      dilemma: boolean;
      options: SlideOption[];
    };

interface SlideLesson {
  title: string;
  reflections: readonly { id: string; prompt: string }[];
  /** Quizzes the lesson shows, in the order it shows them. */
  quizIds: readonly string[];
}

interface SlideQuiz {
  id: string;
  title: string;
  questions: readonly ({ id: string; type: string } & Partial<{
    scenario: string;
    prompt: string;
    dilemma: boolean;
    options: readonly SlideOption[];
  }>)[];
}

/**
 * Slides in the order a learner meets them: each lesson's reflections, then the scenario
 * questions of the quizzes it shows; quizzes of the module no lesson shows come last.
 */
export function buildSlides(lessons: readonly SlideLesson[], moduleQuizzes: readonly SlideQuiz[]): Slide[] {
  const quizzes = new Map(moduleQuizzes.map((q) => [q.id, q]));
  const shown = new Set<string>();
  const scenarios = (quiz: SlideQuiz): Slide[] =>
    quiz.questions.flatMap((q) =>
      q.type === 'scenario' && q.scenario && q.prompt && q.options
        ? [
            {
              kind: 'scenario',
              id: `${quiz.id}/${q.id}`,
              source: quiz.title,
              scenario: q.scenario,
              prompt: q.prompt,
              dilemma: !!q.dilemma,
              options: [...q.options],
            },
          ]
        : [],
    );
  const slides: Slide[] = [];
  for (const lesson of lessons) {
    slides.push(...lesson.reflections.map((r): Slide => ({ kind: 'reflection', id: r.id, source: lesson.title, prompt: r.prompt })));
    for (const id of lesson.quizIds) {
      const quiz = quizzes.get(id);
      if (!quiz || shown.has(id)) continue;
      shown.add(id);
      slides.push(...scenarios(quiz));
    }
  }
  for (const quiz of moduleQuizzes) if (!shown.has(quiz.id)) slides.push(...scenarios(quiz));
  return slides;
}

/**
 * What a key does in the presenter view; undefined leaves the key to the browser (up and down
 * arrows keep scrolling a long slide). Presentation remotes send PageUp and PageDown.
 */
export function slideKey(key: string, shiftKey = false): 'next' | 'prev' | 'first' | 'last' | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** The address fragment of a slide (`#3` for the third), so a reload or a shared link keeps it. */
export const slideHash = (index: number): string => `#${index + 1}`;

/** The slide (0-based) a fragment names, clamped to the slides there are; the first when none. */
export function slideFromHash(hash: string, total: number): number {
  const n = /^#(\d{1,4})$/.exec(hash)?.[1];
  return n ? Math.min(Math.max(Number(n) - 1, 0), Math.max(total - 1, 0)) : 0;
}
