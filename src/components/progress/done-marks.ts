import { isDone } from '../../lib/learner-progress';
import { $lessonProgress } from '../../stores/learner';

// Shows the done marks of DoneMark.astro and keeps them live: a lesson marked done on this page
// or in another tab is marked at once.
$lessonProgress.subscribe((progress) => {
  for (const mark of document.querySelectorAll<HTMLElement>('[data-done-mark]')) {
    mark.toggleAttribute('data-done', isDone(progress[mark.dataset.doneMark ?? '']));
  }
});
