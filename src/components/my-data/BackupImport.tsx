import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { MAX_BACKUP_BYTES, parseBackup, summarize, type BackupFile, type BackupResult } from '../../lib/backup';
import { refusalMessage } from '../../lib/backup-messages';
import { formatDate } from '../../lib/dates';
import { useHydrated, useStored } from '../../hooks/hydration';
import { $frozen, mergeAll, replaceAll } from '../../stores/backup';
import DataSummaryList from './DataSummaryList';
import './my-data.css';

interface Props {
  text: Strings<'backupImport'>;
  errorText: Strings<'backupError'>;
  sectionText: Strings<'backupSection'>;
  summaryText: Strings<'dataSummary'>;
  /** Said instead of the file field when the data is a newer version's and must not be changed. */
  frozenText: string;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; message: string }
  | { kind: 'confirm'; file: string; backup: BackupFile }
  | { kind: 'done'; message: string; ok: boolean };

/** Reads the file the learner picked; an oversized one is refused before it is read into memory. */
async function readBackup(file: File): Promise<BackupResult | undefined> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: { reason: 'too-large', bytes: file.size } };
  try {
    return parseBackup(await file.text());
  } catch {
    return undefined;
  }
}

/**
 * Imports a backup file: a refused file is explained and changes nothing; a valid one is shown
 * (what it holds) and imported only when the learner picks merge or replace and confirms.
 */
export default function BackupImport({ text, errorText, sectionText, summaryText, frozenText }: Props) {
  const hydrated = useHydrated();
  // Data of a newer course version is shown but never changed.
  const frozen = useStored($frozen, false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const input = useRef<HTMLInputElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step.kind === 'confirm') title.current?.focus();
  }, [step]);

  async function choose() {
    const file = input.current?.files?.[0];
    if (!file) return;
    const result = await readBackup(file);
    if (!result?.ok) {
      const reason = result ? refusalMessage(result.error, errorText, sectionText) : errorText.unreadable;
      // Emptied, so that picking the same file again (after fixing it) is noticed.
      if (input.current) input.current.value = '';
      return setStep({ kind: 'refused', message: format(text.refused, { file: file.name, reason }) });
    }
    setMode('merge');
    setStep({ kind: 'confirm', file: file.name, backup: result.backup });
  }

  /** Back to the file field, which is where focus goes as the confirmation closes. */
  function finish(message: string, ok = true) {
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
    setStep({ kind: 'done', message, ok });
  }

  function confirm(backup: BackupFile) {
    // All or nothing: when storage refuses any part, nothing of the file is kept (issue 17.4).
    const stored = mode === 'merge' ? mergeAll(backup.data) : replaceAll(backup.data);
    if (!stored) finish(text.notStored, false);
    else finish(mode === 'merge' ? text.merged : text.replaced);
  }

  return (
    <div class="my-data">
      <div class="my-data__field">
        <label for="backup-file">{text.choose}</label>
        <input id="backup-file" ref={input} type="file" accept=".json,application/json" onChange={choose} disabled={!hydrated || frozen} />
      </div>
      {frozen && <p>{frozenText}</p>}
      <div role="alert">{step.kind === 'refused' && <p class="my-data__refused">{step.message}</p>}</div>
      {step.kind === 'confirm' && (
        <section class="my-data__confirm" aria-labelledby="backup-import-title">
          <h3 id="backup-import-title" tabIndex={-1} ref={title}>
            {format(text.previewTitle, { file: step.file })}
          </h3>
          {!Number.isNaN(Date.parse(step.backup.exportedAt)) && (
            <p>{format(text.exportedAt, { date: formatDate(step.backup.exportedAt) })}</p>
          )}
          <DataSummaryList summary={summarize(step.backup.data)} text={summaryText} />
          <fieldset>
            <legend>{text.how}</legend>
            <div class="my-data__choice">
              <input
                type="radio"
                id="backup-merge"
                name="backup-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
                aria-describedby="backup-merge-hint"
              />
              <label for="backup-merge">{text.merge}</label>
              <p id="backup-merge-hint">{text.mergeHint}</p>
            </div>
            <div class="my-data__choice">
              <input
                type="radio"
                id="backup-replace"
                name="backup-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
                aria-describedby="backup-replace-hint"
              />
              <label for="backup-replace">{text.replace}</label>
              <p id="backup-replace-hint">{text.replaceHint}</p>
            </div>
          </fieldset>
          <div class="my-data__actions">
            <button type="button" class={`button${mode === 'replace' ? ' danger' : ''}`} onClick={() => confirm(step.backup)}>
              {mode === 'merge' ? text.confirmMerge : text.confirmReplace}
            </button>
            <button type="button" class="button secondary" onClick={() => finish(text.cancelled)}>
              {text.cancel}
            </button>
          </div>
        </section>
      )}
      <p role="status" class={`my-data__said${step.kind === 'done' ? (step.ok ? ' my-data__success' : ' my-data__refused') : ''}`}>
        {step.kind === 'done' ? step.message : ''}
      </p>
    </div>
  );
}
