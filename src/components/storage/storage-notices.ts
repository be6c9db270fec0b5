import type { StorageFault } from '../../lib/safe-storage';
import { $storageFaults } from '../../stores/storage';

// Shows the notice of each storage fault met on this page (StorageNotices.astro) until the
// learner closes it. Nothing here writes to storage.
const notices = [...document.querySelectorAll<HTMLElement>('[data-storage-notices] [data-fault]')];
const closed = new Set<string>();

$storageFaults.subscribe((faults) => {
  for (const notice of notices) {
    const fault = notice.dataset.fault ?? '';
    notice.hidden = closed.has(fault) || !faults.includes(fault as StorageFault);
  }
});

for (const notice of notices) {
  notice.querySelector('[data-dismiss]')?.addEventListener('click', () => {
    closed.add(notice.dataset.fault ?? '');
    notice.hidden = true;
    // The focused button went away: continue from the next notice still open, if any.
    notices
      .find((n) => !n.hidden)
      ?.querySelector<HTMLElement>('[data-dismiss]')
      ?.focus();
  });
}
