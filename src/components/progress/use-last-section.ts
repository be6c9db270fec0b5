import { useEffect } from 'preact/hooks';
import { currentSection } from '../../lib/position';
import { setLastSection } from '../../stores/learner';

/** The share of the viewport from the top where a section counts as being read. */
const READING_LINE = 0.3;

/**
 * Remembers the lesson section the learner is reading (its h2), so "Jatka" can open the lesson
 * there. Measured at most once a frame while scrolling, written only when the section changes.
 */
export function useLastSection(lessonId: string) {
  useEffect(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('.lesson-body h2[id]')];
    if (!headings.length) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const at = currentSection(
        headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })),
        innerHeight * READING_LINE,
      );
      if (at) setLastSection(lessonId, at);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure);
    };
    addEventListener('scroll', onScroll, { passive: true });
    return () => {
      removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [lessonId]);
}
