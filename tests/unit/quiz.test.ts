import { describe, expect, it } from 'vitest';
import {
  choicesOf,
  choose,
  chosenOf,
  displayOrder,
  initialAnswer,
  isAnswered,
  restoreAnswers,
  rightAnswer,
  verdictOf,
  withoutLead,
  scoreQuestion,
  scoreQuiz,
} from '../../src/lib/quiz';
import { group } from '../../src/i18n';
import type { Question } from '../../src/schemas/quiz';

const strings = group('quiz');
type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const opt = (text: string, correct = false) => ({ text, correct, explanation: `${text}: miksi` });

const single: Of<'single'> = { id: 'yksi', type: 'single', prompt: 'P', options: [opt('a', true), opt('b'), opt('c')] };
const multiple: Of<'multiple'> = {
  id: 'monta',
  type: 'multiple',
  prompt: 'P',
  options: [opt('a', true), opt('b', true), opt('c'), opt('d')],
};
const truefalse: Of<'truefalse'> = { id: 'vaite', type: 'truefalse', prompt: 'P', answer: false, ifTrue: 'T', ifFalse: 'F' };
const ordering: Of<'ordering'> = {
  id: 'jarjesta',
  type: 'ordering',
  prompt: 'P',
  items: [
    { text: 'eka', explanation: 'e' },
    { text: 'toka', explanation: 't' },
    { text: 'kolmas', explanation: 'k' },
  ],
};
const categorize: Of<'categorize'> = {
  id: 'lajittele',
  type: 'categorize',
  prompt: 'P',
  categories: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ],
  items: [
    { text: '1', category: 'x', explanation: '' },
    { text: '2', category: 'y', explanation: '' },
    { text: '3', category: 'y', explanation: '' },
  ],
};
const scenario: Of<'scenario'> = {
  id: 'tilanne',
  type: 'scenario',
  scenario: 'S',
  prompt: 'P',
  dilemma: false,
  options: [opt('a'), opt('b', true), opt('c', true)],
};
const dilemma: Of<'scenario'> = { ...scenario, id: 'dilemma', dilemma: true, options: [opt('a'), opt('b')] };

const questions: Question[] = [single, multiple, truefalse, ordering, categorize, scenario, dilemma];
const quiz = { passPercent: 80, questions };

describe('scoreQuestion', () => {
  it('single: right only with the correct option', () => {
    expect(scoreQuestion(single, 0)).toMatchObject({ right: true, answered: true });
    expect(scoreQuestion(single, 1)).toMatchObject({ right: false, answered: true });
    expect(scoreQuestion(single, undefined)).toMatchObject({ right: false, answered: false });
  });

  it('multiple: all or nothing, with a partial answer told apart', () => {
    expect(scoreQuestion(multiple, [0, 1])).toMatchObject({ right: true, partial: false });
    expect(scoreQuestion(multiple, [1, 0])).toMatchObject({ right: true });
    expect(scoreQuestion(multiple, [0])).toMatchObject({ right: false, partial: true, answered: true });
    expect(scoreQuestion(multiple, [0, 1, 2])).toMatchObject({ right: false, partial: true });
    expect(scoreQuestion(multiple, [2, 3])).toMatchObject({ right: false, partial: false });
    expect(scoreQuestion(multiple, [])).toMatchObject({ right: false, answered: false });
  });

  it('true/false', () => {
    expect(scoreQuestion(truefalse, false).right).toBe(true);
    expect(scoreQuestion(truefalse, true).right).toBe(false);
    expect(scoreQuestion(truefalse, undefined).answered).toBe(false);
  });

  it('ordering: a share of the point for each pair of neighbours in the right order', () => {
    expect(scoreQuestion(ordering, [0, 1, 2])).toMatchObject({ right: true, credit: 1, parts: { right: 2, total: 2 } });
    expect(scoreQuestion(ordering, [0, 2, 1])).toMatchObject({ right: false, credit: 0, parts: { right: 0, total: 2 } });
    // Everything one step off still keeps its neighbour: half the point, not nothing.
    expect(scoreQuestion(ordering, [2, 0, 1])).toMatchObject({ right: false, partial: true, credit: 0.5, parts: { right: 1, total: 2 } });
  });

  it('categorize: a share of the point for each item in its category', () => {
    expect(scoreQuestion(categorize, ['x', 'y', 'y'])).toMatchObject({ right: true, credit: 1, parts: { right: 3, total: 3 } });
    expect(scoreQuestion(categorize, ['x', 'x', 'y'])).toMatchObject({ right: false, partial: true, parts: { right: 2, total: 3 } });
    expect(scoreQuestion(categorize, ['x', 'x', 'y']).credit).toBeCloseTo(2 / 3);
    expect(scoreQuestion(categorize, ['x', '', ''])).toMatchObject({ right: false, answered: true, parts: { right: 1 } });
    expect(scoreQuestion(categorize, ['', '', ''])).toMatchObject({ answered: false });
  });

  it('scenario: any correct response is right', () => {
    expect(scoreQuestion(scenario, 1).right).toBe(true);
    expect(scoreQuestion(scenario, 2).right).toBe(true);
    expect(scoreQuestion(scenario, 0).right).toBe(false);
  });

  it('dilemma: not scored, answering counts', () => {
    expect(scoreQuestion(dilemma, 0)).toMatchObject({ right: true, answered: true, scored: false });
    expect(scoreQuestion(dilemma, 1)).toMatchObject({ right: true, answered: true });
    expect(scoreQuestion(dilemma, undefined)).toMatchObject({ right: false, answered: false });
  });
});

describe('scoreQuiz', () => {
  const allRight = { yksi: 0, monta: [0, 1], vaite: false, jarjesta: [0, 1, 2], lajittele: ['x', 'y', 'y'], tilanne: 1, dilemma: 0 };

  it('counts points over the scored questions (a dilemma is not one), percent and pass', () => {
    expect(scoreQuiz(quiz, allRight)).toMatchObject({ correct: 6, points: 6, total: 6, percent: 100, passed: true, unscored: false });
    const one = scoreQuiz(quiz, { ...allRight, monta: [0] });
    expect(one).toMatchObject({ correct: 5, points: 5, total: 6, percent: 83, passed: true });
    expect(one.results.monta).toMatchObject({ right: false, partial: true });
    expect(scoreQuiz(quiz, { ...allRight, monta: [0], yksi: 2 })).toMatchObject({ correct: 4, percent: 67, passed: false });
  });

  it('applies the pass mark to the quiz as a whole: 9 of 10 items sorted right pass a one-question task', () => {
    const ten: Of<'categorize'> = {
      ...categorize,
      items: Array.from({ length: 10 }, (_, i) => ({ text: `${i}`, category: 'x', explanation: '' })),
    };
    const answer = ten.items.map((_, i) => (i === 0 ? 'y' : 'x'));
    expect(scoreQuiz({ passPercent: 80, questions: [ten] }, { lajittele: answer })).toMatchObject({
      correct: 0,
      points: 0.9,
      percent: 90,
      passed: true,
    });
  });

  it('a quiz of dilemmas only has no score: it is passed once every dilemma is answered', () => {
    const dilemmas = { passPercent: 80, questions: [dilemma, { ...dilemma, id: 'toinen' }] };
    expect(scoreQuiz(dilemmas, { dilemma: 0, toinen: 1 })).toMatchObject({ unscored: true, passed: true, total: 0 });
    expect(scoreQuiz(dilemmas, { dilemma: 0 })).toMatchObject({ unscored: true, passed: false });
  });

  it('compares the pass limit unrounded', () => {
    // 79.5 % rounds to 80 % but does not reach an 80 % limit.
    const many = { passPercent: 80, questions: Array.from({ length: 200 }, (_, i) => ({ ...single, id: `q${i}` })) };
    const answers = Object.fromEntries(many.questions.map((q, i) => [q.id, i < 159 ? 0 : 1]));
    expect(scoreQuiz(many, answers)).toMatchObject({ correct: 159, percent: 80, passed: false });
  });

  it('an unanswered quiz scores nothing', () => {
    expect(scoreQuiz(quiz, {})).toMatchObject({ correct: 0, percent: 0, passed: false });
  });
});

describe('choices', () => {
  it('turns a true/false statement into Tosi and Epätosi with their feedback', () => {
    expect(choicesOf(truefalse, strings)).toEqual([
      { text: 'Tosi', correct: false, explanation: 'T' },
      { text: 'Epätosi', correct: true, explanation: 'F' },
    ]);
    expect(chosenOf(truefalse, false)).toEqual([1]);
    expect(choose(truefalse, undefined, 0, true)).toBe(true);
  });
  it('marks no option right or wrong in a dilemma', () => {
    expect(choicesOf(dilemma, strings).map((c) => c.correct)).toEqual([undefined, undefined]);
  });
  it('ticks and unticks multiple options in file order', () => {
    let answer = choose(multiple, undefined, 2, true);
    answer = choose(multiple, answer, 0, true);
    expect(answer).toEqual([0, 2]);
    expect(choose(multiple, answer, 2, false)).toEqual([0]);
    expect(choose(single, 1, 2, true)).toBe(2);
  });
});

describe('displayOrder', () => {
  it('is stable for a quiz that does not reshuffle, new per attempt for one that does', () => {
    const big: Question = { ...single, id: 'iso', options: Array.from({ length: 8 }, (_, i) => opt(`o${i}`, i === 0)) };
    expect(displayOrder('talo', big, 3, false)).toEqual(displayOrder('talo', big, 0, false));
    const attempts = new Set([0, 1, 2, 3, 4].map((a) => displayOrder('loppukoe', big, a, true).join()));
    expect(attempts.size).toBeGreaterThan(3);
    expect(displayOrder('loppukoe', big, 0, true)).toEqual(displayOrder('loppukoe', big, 0, false));
  });
  it('keeps Tosi before Epätosi and never starts an ordering solved', () => {
    expect(displayOrder('q', truefalse, 4, true)).toEqual([0, 1]);
    for (let a = 0; a < 50; a++) expect(displayOrder('q', ordering, a, true)).not.toEqual([0, 1, 2]);
  });
  it('starts an ordering in its shown order and a categorize with nothing placed', () => {
    expect(initialAnswer(ordering, [2, 0, 1])).toEqual([2, 0, 1]);
    expect(initialAnswer(categorize, [1, 0, 2])).toEqual(['', '', '']);
    expect(initialAnswer(single, [0, 1, 2])).toBeUndefined();
  });
});

describe('restoreAnswers', () => {
  it('keeps stored answers that fit and drops the rest', () => {
    const stored = {
      yksi: 2,
      monta: [0, 9],
      vaite: 'false',
      jarjesta: [2, 1, 0],
      lajittele: ['x', 'z', 'y'],
      tilanne: 1,
      dilemma: -1,
      poistettu: 0,
    };
    expect(restoreAnswers(quiz, stored)).toEqual({ yksi: 2, jarjesta: [2, 1, 0], tilanne: 1 });
    expect(restoreAnswers(quiz, { jarjesta: [0, 0, 1], lajittele: ['x', ''], monta: [1, 1] })).toEqual({});
  });
});

describe('isAnswered', () => {
  it('needs an ordering moved from its shown order, every item placed, an option chosen', () => {
    expect(isAnswered(ordering, [2, 0, 1], [2, 0, 1])).toBe(false);
    expect(isAnswered(ordering, [0, 2, 1], [2, 0, 1])).toBe(true);
    expect(isAnswered(categorize, ['x', '', 'y'], [0, 1, 2])).toBe(false);
    expect(isAnswered(categorize, ['x', 'x', 'y'], [0, 1, 2])).toBe(true);
    expect(isAnswered(multiple, [], [0, 1, 2, 3])).toBe(false);
    expect(isAnswered(truefalse, false, [0, 1])).toBe(true);
    expect(isAnswered(single, undefined, [0, 1, 2])).toBe(false);
  });
});

describe('rightAnswer', () => {
  it('is the answer every question type scores fully right (a dilemma: answered)', () => {
    for (const q of questions) expect(scoreQuestion(q, rightAnswer(q)), q.id).toMatchObject({ right: true, answered: true });
  });
});

describe('verdictOf', () => {
  it('takes its words from the question type', () => {
    expect(verdictOf(ordering, scoreQuestion(ordering, [2, 0, 1]))).toEqual({
      tone: 'wrong',
      text: 'partialParts',
      parts: 'partsOrdering',
    });
    expect(verdictOf(categorize, scoreQuestion(categorize, ['y', 'x', 'x']))).toEqual({
      tone: 'wrong',
      text: 'wrong',
      parts: 'partsCategorize',
    });
    expect(verdictOf(multiple, scoreQuestion(multiple, [0]))).toEqual({ tone: 'wrong', text: 'partial' });
    expect(verdictOf(dilemma, scoreQuestion(dilemma, 1))).toEqual({ tone: 'neutral', text: 'dilemmaDone' });
    expect(verdictOf(single, scoreQuestion(single, 0))).toEqual({ tone: 'right', text: 'right' });
    for (const v of [verdictOf(single, scoreQuestion(single, 1)), verdictOf(ordering, scoreQuestion(ordering, [0, 2, 1]))]) {
      expect(strings[v.text]).toBeTruthy();
    }
  });
});

describe('withoutLead', () => {
  const leads = ['Oikein.', 'Väärin.'];
  it('drops the verdict word an explanation opens with', () => {
    expect(withoutLead('Oikein. Tiedot pysyvät selaimessa.', leads)).toBe('Tiedot pysyvät selaimessa.');
    expect(withoutLead('Väärin.  Kurssilla ei ole kirjautumista.', leads)).toBe('Kurssilla ei ole kirjautumista.');
  });
  it('keeps an explanation that opens otherwise, or is nothing but the word', () => {
    expect(withoutLead('Oikeinkirjoitus ratkaisee.', leads)).toBe('Oikeinkirjoitus ratkaisee.');
    expect(withoutLead('Ei kumpikaan.', leads)).toBe('Ei kumpikaan.');
    expect(withoutLead('Oikein.', leads)).toBe('Oikein.');
  });
});
