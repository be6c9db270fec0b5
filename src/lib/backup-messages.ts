import { format } from '../i18n/format';
import type { Strings } from '../i18n';
import type { BackupError } from './backup';

/** Longest part of a refused file's key quoted back to the learner (the file may be hostile). */
const MAX_KEY = 40;

/**
 * Why a backup file was refused, in the learner's words. The strings come as parameters (from
 * `group('backupError')` and `group('backupSection')`), so an island can use this without the
 * whole dictionary.
 */
export function refusalMessage(error: BackupError, text: Strings<'backupError'>, sections: Strings<'backupSection'>): string {
  switch (error.reason) {
    case 'too-large':
      return format(text.tooLarge, { size: error.bytes / 1_000_000 });
    case 'not-json':
      return text.notJson;
    case 'not-backup':
      return text.notBackup;
    case 'newer':
      return format(text.newer, { version: error.version });
    case 'too-many':
      return format(text.tooMany, { section: sections[error.section], max: error.max });
    case 'invalid': {
      const name = sections[error.section as keyof typeof sections] ?? sections.data;
      const key = error.key === undefined ? '' : ` ”${error.key.slice(0, MAX_KEY)}”`;
      return format(text.invalid, { section: name + key });
    }
  }
}
