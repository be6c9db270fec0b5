import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { slideFromHash, slideHash, slideKey, type Slide } from '../lib/slides';
import './PresenterSlides.css';

interface Props {
  slides: Slide[];
  text: Strings<'presenter'>;
}

/**
 * Slides for a projector, one at a time. Keys work anywhere on the page (arrows, space,
 * Page Up/Down as sent by presentation remotes, Home, End); Space on a focused button presses
 * that button instead, as it always does.
 */
export default function PresenterSlides({ slides, text }: Props) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [canFullscreen, setCanFullscreen] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLElement>(null);
  const hadFocus = useRef(false);
  const last = slides.length - 1;

  function go(action: NonNullable<ReturnType<typeof slideKey>>) {
    hadFocus.current = !!root.current?.contains(document.activeElement);
    setIndex((i) => ({ next: Math.min(i + 1, last), prev: Math.max(i - 1, 0), first: 0, last })[action]);
    setRevealed(false);
  }

  useEffect(() => {
    setCanFullscreen(!!document.fullscreenEnabled);
    // The slide is in the address, so a reload (or a link) opens the same one.
    setIndex(slideFromHash(location.hash, slides.length));
    const onFullscreen = () => setFullscreen(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onFullscreen);
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (e.key === ' ' && target?.closest('button, a, summary')) return;
      const action = slideKey(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      go(action);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  function toggleFullscreen() {
    // A refused request (no user gesture, a policy) leaves the page as it is.
    if (fullscreen) document.exitFullscreen().catch(() => {});
    else root.current?.requestFullscreen().catch(() => {});
  }

  // A control that had focus may be gone (the reveal button) or disabled (at either end):
  // focus moves to the slide so the keyboard user does not lose their place.
  useEffect(() => {
    if (location.hash !== slideHash(index) && (index > 0 || location.hash)) history.replaceState(null, '', slideHash(index));
    const active = document.activeElement;
    if (hadFocus.current && (!root.current?.contains(active) || (active as HTMLButtonElement).disabled)) slideRef.current?.focus();
    hadFocus.current = false;
  }, [index]);

  const slide = slides[index]!;
  const position = { n: index + 1, total: slides.length };

  return (
    <div class="presenter" ref={root}>
      <article class="slide" ref={slideRef} tabIndex={-1} aria-label={format(text.positionLabel, position)}>
        <p class="slide__kind">
          <span class={`slide__tag slide__tag--${slide.kind}`}>{slide.kind === 'reflection' ? text.reflection : text.scenario}</span>{' '}
          <span class="slide__source">{slide.source}</span>
        </p>
        {slide.kind === 'reflection' ? (
          <p class="slide__prompt">{slide.prompt}</p>
        ) : (
          <>
            <p class="slide__scenario">{slide.scenario}</p>
            <p class="slide__prompt">{slide.prompt}</p>
            <ol class="slide__options" type="A">
              {slide.options.map((o) => (
                <li key={o.text} class={revealed && o.correct ? 'fits' : undefined}>
                  {o.text}
                  {revealed && (
                    <div class="slide__explanation">
                      {o.correct && <strong>{text.fits}. </strong>}
                      {o.explanation}
                    </div>
                  )}
                </li>
              ))}
            </ol>
            {revealed && slide.dilemma && <p class="slide__dilemma">{text.dilemma}</p>}
            <button type="button" class="button secondary" onClick={() => setRevealed(!revealed)}>
              {revealed ? text.hide : text.show}
            </button>
          </>
        )}
      </article>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form: a fieldset would bring form semantics and styling */}
      <div class="presenter__controls" role="group" aria-label={text.controls}>
        <button type="button" class="button secondary" disabled={index === 0} onClick={() => go('prev')}>
          <span aria-hidden="true">← </span>
          {text.prev}
        </button>
        <p class="presenter__position" aria-live="polite" aria-atomic="true">
          <span aria-hidden="true">{format(text.position, position)}</span>
          <span class="visually-hidden">{format(text.positionLabel, position)}</span>
        </p>
        <button type="button" class="button" disabled={index === last} onClick={() => go('next')}>
          {text.next}
          <span aria-hidden="true"> →</span>
        </button>
        {canFullscreen && (
          <button type="button" class="button secondary presenter__fullscreen" onClick={toggleFullscreen}>
            {fullscreen ? text.exitFullscreen : text.fullscreen}
          </button>
        )}
      </div>
      <p class="muted presenter__keys">{text.keys}</p>
    </div>
  );
}
