import { useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import { format } from '../../i18n/format';
import { backupFileName, createBackup, summarize } from '../../lib/backup';
import { useHydrated, useStored } from '../../hooks/hydration';
import { $learnerData } from '../../stores/backup';
import { downloadFile } from '../download';
import DataSummaryList from './DataSummaryList';
import './my-data.css';

interface Props {
  text: Strings<'backupExport'>;
  summaryText: Strings<'dataSummary'>;
}

/** What is stored in this browser, and the button that saves all of it as a backup file. */
export default function BackupExport({ text, summaryText }: Props) {
  const hydrated = useHydrated();
  const data = useStored($learnerData, undefined);
  const [said, say] = useState('');

  function download() {
    const now = new Date();
    const file = backupFileName(now);
    downloadFile(file, JSON.stringify(createBackup($learnerData.get(), now), null, 2), 'application/json');
    say(format(text.downloaded, { file }));
  }

  return (
    <div class="my-data">
      <p>{text.stored}</p>
      <DataSummaryList summary={data && summarize(data)} text={summaryText} />
      <button type="button" class="button" onClick={download} disabled={!hydrated}>
        {text.download}
      </button>
      <p role="status" class="my-data__said">
        {said}
      </p>
    </div>
  );
}
