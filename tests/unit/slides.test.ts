import { describe, expect, it } from 'vitest';
import { buildSlides, slideFromHash, slideHash, slideKey } from '../../src/lib/slides';

const option = (text: string, correct = false) => ({ text, correct, explanation: `${text} koska` });
const scenario = (id: string, dilemma = false) => ({
  id,
  type: 'scenario',
  scenario: `Tapaus ${id}`,
  prompt: 'Mitä teet?',
  dilemma,
  options: [option('a', !dilemma), option('b')],
});

describe('presenter slides', () => {
  it('takes each lesson’s reflections, then the scenarios of the quizzes it shows, then the rest', () => {
    const slides = buildSlides(
      [
        { title: 'Eka', reflections: [{ id: 'r1', prompt: 'Mieti 1' }], quizIds: ['q2'] },
        { title: 'Toka', reflections: [{ id: 'r2', prompt: 'Mieti 2' }], quizIds: ['q2', 'muu-moduuli'] },
      ],
      [
        { id: 'q1', title: 'Kysely 1', questions: [scenario('s1', true), { id: 'x', type: 'single', prompt: 'Ei diaksi' }] },
        { id: 'q2', title: 'Kysely 2', questions: [scenario('s2'), { id: 'y', type: 'truefalse', prompt: 'Ei diaksi' }] },
      ],
    );
    expect(slides.map((s) => s.id)).toEqual(['r1', 'q2/s2', 'r2', 'q1/s1']);
    expect(slides[0]).toEqual({ kind: 'reflection', id: 'r1', source: 'Eka', prompt: 'Mieti 1' });
    expect(slides[3]).toMatchObject({
      kind: 'scenario',
      source: 'Kysely 1',
      scenario: 'Tapaus s1',
      dilemma: true,
      options: [{ text: 'a', correct: false }, { text: 'b' }],
    });
  });

  it('maps presentation keys and leaves others to the browser', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => slideKey(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => slideKey(k))).toEqual(['prev', 'prev']);
    expect(slideKey(' ', true)).toBe('prev');
    expect(slideKey('Home')).toBe('first');
    expect(slideKey('End')).toBe('last');
    expect(slideKey('ArrowDown')).toBeUndefined();
    expect(slideKey('Enter')).toBeUndefined();
  });
});

describe('slide in the address', () => {
  it('round-trips through the fragment and is clamped to the slides there are', () => {
    expect(slideHash(2)).toBe('#3');
    expect(slideFromHash(slideHash(2), 10)).toBe(2);
    expect(slideFromHash('#99', 10)).toBe(9);
    expect(slideFromHash('#0', 10)).toBe(0);
    expect(slideFromHash('', 10)).toBe(0);
    expect(slideFromHash('#abc', 10)).toBe(0);
  });
});
