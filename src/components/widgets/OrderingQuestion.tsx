import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import ItemFeedback from './ItemFeedback';
import MoreExplanations from './MoreExplanations';
import QuestionVerdict from './QuestionVerdict';
import type { QuestionProps } from './question-types';

type Direction = 'up' | 'down';

/**
 * Items put in order with Ylös and Alas buttons (no dragging needed). The move is announced, and
 * focus stays on the moved item's button, or its other button at the top or bottom. The answer
 * is the learner's order (item file positions, top first); it starts as the shown order.
 */
export default function OrderingQuestion({
  question,
  order,
  answer = order,
  onAnswer,
  disabled,
  result,
  strings,
}: QuestionProps<'ordering'>) {
  const [announcement, setAnnouncement] = useState('');
  const moved = useRef<{ item: number; direction: Direction }>();
  const list = useRef<HTMLOListElement>(null);
  const total = answer.length;

  useEffect(() => {
    if (!moved.current) return;
    const { item, direction } = moved.current;
    moved.current = undefined;
    const button = (d: Direction) => list.current?.querySelector<HTMLButtonElement>(`[data-item="${item}"][data-move="${d}"]`);
    const target = button(direction);
    (target && !target.disabled ? target : button(direction === 'up' ? 'down' : 'up'))?.focus();
  }, [answer]);

  const move = (from: number, direction: Direction) => {
    const to = direction === 'up' ? from - 1 : from + 1;
    const next = [...answer];
    [next[from], next[to]] = [next[to]!, next[from]!];
    const item = next[to]!;
    moved.current = { item, direction };
    setAnnouncement(format(strings.moved, { item: question.items[item]!.text, position: to + 1, total }));
    onAnswer(next);
  };

  return (
    <fieldset class="question">
      <legend class="question__prompt">{question.prompt}</legend>
      {/* How to move items, while they can be moved. */}
      {!result && <p class="question__note">{strings.orderingHint}</p>}
      {result && <QuestionVerdict question={question} result={result} strings={strings} />}
      {question.ends && <p class="ordering__end">{format(strings.orderingFirst, { label: question.ends.first })}</p>}
      <ol class="ordering" ref={list}>
        {answer.map((item, position) => {
          const { text, explanation } = question.items[item]!;
          const inPlace = item === position;
          return (
            <li key={item} class="ordering__item">
              <div class="ordering__row">
                {/* A badge, not "1." before the text: items may start with numbers of their own ("1. kerros"). */}
                <span class="ordering__position" aria-hidden="true">
                  {position + 1}
                </span>
                <span class="ordering__text">{text}</span>
                {/* Checked, the order can no longer change: the buttons go, and a phone row with them. */}
                {!result && (
                  <span class="ordering__buttons">
                    {(['up', 'down'] as const).map((direction) => {
                      const label = direction === 'up' ? strings.moveUp : strings.moveDown;
                      return (
                        <button
                          type="button"
                          class="move-button"
                          // The item named too: six "Ylös" buttons alone would not say what they move.
                          aria-label={`${label}: ${text}`}
                          data-item={item}
                          data-move={direction}
                          disabled={disabled || (direction === 'up' ? position === 0 : position === total - 1)}
                          onClick={() => move(position, direction)}
                        >
                          <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                          {label}
                        </button>
                      );
                    })}
                  </span>
                )}
              </div>
              {result && (
                <ItemFeedback
                  tone={inPlace ? 'right' : 'wrong'}
                  label={inPlace ? strings.inPlace : format(strings.wrongPlace, { position: item + 1 })}
                  explanation={inPlace ? '' : explanation}
                />
              )}
            </li>
          );
        })}
      </ol>
      {question.ends && <p class="ordering__end">{format(strings.orderingLast, { n: total, label: question.ends.last })}</p>}
      {result && (
        <MoreExplanations
          summary={strings.moreItems}
          items={answer.filter((item, position) => item === position).map((item) => ({ key: item, ...question.items[item]! }))}
        />
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
