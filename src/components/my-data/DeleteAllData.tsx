import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { deleteAll } from '../../stores/backup';
import { $storageFaults } from '../../stores/storage';
import { useHydrated } from '../widgets/use-hydrated';
import './my-data.css';

interface Props {
  text: Strings<'deleteAll'>;
  /** Said instead of the button when the data is a newer version's and must not be changed. */
  frozenText: string;
}

/** Deletes every piece of the learner's data from this browser, after an inline confirmation. */
export default function DeleteAllData({ text, frozenText }: Props) {
  const hydrated = useHydrated();
  const faults = useStore($storageFaults);
  // Data of a newer course version is shown but never changed.
  const frozen = hydrated && faults.includes('newer');
  const [confirming, setConfirming] = useState(false);
  const [said, say] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // The button that had focus goes away: move focus to the question, and back when it closes.
  useEffect(() => {
    if (confirming) title.current?.focus();
    else if (opened.current) button.current?.focus();
    opened.current ||= confirming;
  }, [confirming]);

  function open() {
    say('');
    setConfirming(true);
  }

  function close(message: string) {
    setConfirming(false);
    say(message);
  }

  function remove() {
    deleteAll();
    close(text.done);
  }

  return (
    <div class="my-data">
      {confirming ? (
        <section class="my-data__confirm" aria-labelledby="delete-all-title">
          <h3 id="delete-all-title" tabIndex={-1} ref={title}>
            {text.confirmTitle}
          </h3>
          <p>{text.confirmText}</p>
          <div class="my-data__actions">
            <button type="button" class="button danger" onClick={remove}>
              {text.confirm}
            </button>
            <button type="button" class="button secondary" onClick={() => close(text.cancelled)}>
              {text.cancel}
            </button>
          </div>
        </section>
      ) : (
        <button type="button" class="button danger" ref={button} onClick={open} disabled={!hydrated || frozen}>
          {text.button}
        </button>
      )}
      {frozen && <p>{frozenText}</p>}
      <p role="status" class="my-data__said">
        {said}
      </p>
    </div>
  );
}
