import { describe, expect, it } from 'vitest';
import { group } from '../../src/i18n';
import { BACKUP_FORMAT, parseBackup, type BackupError } from '../../src/lib/backup';
import { refusalMessage } from '../../src/lib/backup-messages';

const message = (error: BackupError) => refusalMessage(error, group('backupError'), group('backupSection'));
const refusal = (text: string) => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected a refusal');
  return message(result.error);
};

describe('refusalMessage', () => {
  it('says why each kind of file is refused', () => {
    expect(message({ reason: 'too-large', bytes: 3_500_000 })).toBe('Tiedosto on liian suuri (3,5 Mt) ollakseen kurssin varmuuskopio.');
    expect(refusal('hei')).toBe('Tiedosto on vahingoittunut tai se ei ole tämän kurssin varmuuskopio.');
    expect(refusal('{"a": 1}')).toBe('Tiedosto ei ole tämän kurssin varmuuskopio.');
    expect(refusal(JSON.stringify({ format: BACKUP_FORMAT, version: 3, data: {} }))).toMatch(/uudemmalla versiolla \(versio 3\)/);
  });

  it('names the section of a wrong entry in Finnish, and quotes only a short part of its key', () => {
    const hostile = JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: { lessons: { ['x'.repeat(500)]: {} } } });
    const text = refusal(hostile);
    expect(text).toContain(`(oppitunnit ”${'x'.repeat(40)}”)`);
    expect(text).not.toContain('x'.repeat(41));
    expect(message({ reason: 'invalid', section: 'name' })).toContain('(nimi)');
    expect(message({ reason: 'invalid', section: 'jotain-muuta' })).toContain('(tiedot)');
  });
});
