import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { useHydrated, useStored } from '../../hooks/hydration';
import { $frozen, deleteAll } from '../../stores/backup';
import './my-data.css';

interface Props {
  text: Strings<'deleteAll'>;
  /** Said instead of the button when the data is a newer version's and must not be changed. */
  frozenText: string;
}

/** Deletes every piece of the learner's data from this browser, after an inline confirmation. */
export default function DeleteAllData({ text, frozenText }: Props) {
  const hydrated = useHydrated();
  // Data of a newer course version is shown but never changed.
  const frozen = useStored($frozen, false);
  const [confirming, setConfirming] = useState(false);
  const [said, say] = useState<{ message: string; ok: boolean }>();
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
    say(undefined);
    setConfirming(true);
  }

  function close(message: string, ok = true) {
    setConfirming(false);
    say({ message, ok });
  }

  function remove() {
    if (deleteAll()) close(text.done);
    else close(text.notDone, false);
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
      <p role="status" class={`my-data__said${said ? (said.ok ? ' my-data__success' : ' my-data__refused') : ''}`}>
        {said?.message}
      </p>
    </div>
  );
}
