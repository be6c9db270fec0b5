import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $learnerName, setLearnerName } from '../stores/learner';
import './LearnerNameField.css';

/**
 * The name as the learner types it, filled from the stored name after hydration and whenever it
 * changes elsewhere (another tab, an imported backup). Kept apart from the store while typing, so
 * trimming on save never eats the space the learner just typed.
 */
export function useLearnerName(): [string, (name: string) => void] {
  const stored = useStore($learnerName, { ssr: () => undefined });
  const [name, setName] = useState('');
  useEffect(() => {
    if (typeof stored === 'string') setName(stored);
  }, [stored]);
  return [name, setName];
}

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (name: string) => void;
}

/** The labelled name field of the completion summary and the certificate; saves on change (blur, Enter). */
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
        onChange={(e) => setLearnerName(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="muted">
        {hint}
      </p>
    </div>
  );
}
