import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $learnerName, setLearnerName } from '../stores/learner';
import './LearnerNameField.css';

/**
 * The name as the learner types it, saved at every keystroke (a learner who prints or leaves
 * right after typing keeps it), and filled from the stored name after hydration and whenever it
 * changes elsewhere (another tab, an imported backup). The field keeps what was typed: the store
 * holds it trimmed, so a space just typed is not taken back.
 */
export function useLearnerName(): [string, (name: string) => void] {
  const stored = useStore($learnerName, { ssr: () => undefined });
  const [name, setName] = useState('');
  // What this field has saved: the store may hand one of those back after typing has gone on,
  // and taking it would drop the keystrokes in between. Only a name from elsewhere (another tab,
  // an imported backup) replaces what is in the field.
  const written = useRef(new Set<string>());
  useEffect(() => {
    if (typeof stored !== 'string' || written.current.has(stored)) return;
    setName((typed) => (stored !== typed.trim() ? stored : typed));
  }, [stored]);
  const type = (next: string) => {
    setName(next);
    written.current.add(next.trim());
    setLearnerName(next);
  };
  return [name, type];
}

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (name: string) => void;
}

/** The labelled name field of the completion summary and the certificate; `onInput` saves it (useLearnerName). */
export default function LearnerNameField({ id, label, hint, value, onInput }: Props) {
  return (
    <div class="name-field no-print">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        autocomplete="name"
        maxLength={200}
        aria-describedby={`${id}-hint`}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="muted">
        {hint}
      </p>
    </div>
  );
}
