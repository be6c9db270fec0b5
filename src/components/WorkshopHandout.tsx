import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { format, formatList } from '../i18n/format';
import { decodeAssignment, linkErrorMessage, type Assignment, type LinkCatalog } from '../lib/assignment-link';
import { clock, formatDay, parseClock } from '../lib/dates';
import { roundedHours } from '../lib/navigation';
import { hoursAndMinutes, workshopPlan, type PlanStep } from '../lib/workshop-plan';

/** A lesson as the handout needs it; its workshop material is in the page's HTML already. */
export interface HandoutLesson {
  id: string;
  module: string;
  title: string;
  /** The lesson's part of a workshop. */
  workshopMinutes: number;
  /** The learner's own study of the lesson, before the workshop. */
  minutes: number;
}

interface Props {
  lessons: HandoutLesson[];
  text: Strings<'workshopPlan'> & Pick<Strings<'handout'>, 'start' | 'print' | 'schedule' | 'clock' | 'step' | 'length' | 'total'>;
  /** What is wrong with a refused link (issue 17.10). */
  linkText: Strings<'linkError'>;
}

type View = { kind: 'waiting' } | { kind: 'error'; message: string } | { kind: 'open'; assignment: Assignment };

/**
 * The workshop handout for the lessons a trainer's link chose (`#1.…`): name, note, due date, a
 * time plan from a start time the trainer sets, and the chosen lessons' material. The material
 * of every lesson is in the page's HTML (`[data-handout-lesson]`); this shows the chosen ones.
 */
export default function WorkshopHandout({ lessons, text, linkText }: Props) {
  const [view, setView] = useState<View>({ kind: 'waiting' });
  const [start, setStart] = useState('09:00');

  useEffect(() => {
    const catalog: LinkCatalog = [...new Set(lessons.map((l) => l.module))].map((id) => ({
      id,
      lessons: lessons.filter((l) => l.module === id),
    }));
    // Opening another handout link in the same tab changes only the fragment.
    const read = () => {
      const found = decodeAssignment(location.hash, catalog);
      if (found.ok && found.assignment.lessons.length) setView({ kind: 'open', assignment: found.assignment });
      else if (!found.ok && found.error === 'empty') setView({ kind: 'error', message: text.noSelection });
      // Each refusal says what is wrong with the link, then what to do.
      else setView({ kind: 'error', message: `${linkErrorMessage(found.ok ? 'gone' : found.error, linkText)} ${text.invalid}` });
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  const chosen = view.kind === 'open' ? lessons.filter((l) => view.assignment.lessons.includes(l.id)) : [];
  // Pre-reading is read before the workshop: it has no time in the plan and no material here.
  const preReading = view.kind === 'open' ? chosen.filter((l) => view.assignment.preReading?.includes(l.id)) : [];
  const worked = chosen.filter((l) => !preReading.includes(l));
  useEffect(() => {
    // The material is static HTML outside this island: only which sections show changes.
    const ids = new Set(worked.map((l) => l.id));
    for (const section of document.querySelectorAll<HTMLElement>('[data-handout-lesson]'))
      section.hidden = !ids.has(section.dataset.handoutLesson!);
    const heading = document.querySelector<HTMLElement>('[data-handout-lesson-heading]');
    if (heading) heading.hidden = !ids.size;
  }, [worked.map((l) => l.id).join()]);

  const duration = (total: number) => {
    const { hours, minutes } = hoursAndMinutes(total);
    if (!hours) return format(text.minutes, { minutes });
    return format(minutes ? text.hoursMinutes : text.hours, { hours, minutes });
  };
  const label = (step: PlanStep) => (step.kind === 'lesson' ? chosen.find((l) => l.id === step.lessonId)!.title : text[step.kind]);

  if (view.kind !== 'open') {
    return (
      <div role="status" class={view.kind === 'error' ? 'notice notice--error' : undefined}>
        {view.kind === 'error' ? view.message : ''}
      </div>
    );
  }
  const { name, note, due } = view.assignment;
  const plan = workshopPlan(worked, parseClock(start) ?? 9 * 60);
  return (
    <>
      <div role="status" />
      <p class="handout-name">{name}</p>
      {note && <p class="handout-note">{note}</p>}
      {due && <p>{format(text.due, { date: formatDay(due) })}</p>}
      <div class="handout-tools no-print">
        <div>
          <label for="handout-start">{text.start}</label>
          <input id="handout-start" type="time" value={start} step={300} onInput={(e) => setStart(e.currentTarget.value)} />
        </div>
        <button type="button" class="button" onClick={() => print()}>
          {text.print}
        </button>
      </div>
      <h2>{text.schedule}</h2>
      <p>{format(text.preReading, { hours: roundedHours(chosen.reduce((sum, l) => sum + l.minutes, 0)) })}</p>
      {preReading.length > 0 && <p>{format(text.preReadingOnly, { titles: formatList(preReading.map((l) => l.title)) })}</p>}
      {worked.length === 0 ? (
        <p>{text.allPreReading}</p>
      ) : (
        <table class="handout-plan">
          <thead>
            <tr>
              <th scope="col">{text.clock}</th>
              <th scope="col">{text.step}</th>
              <th scope="col">{text.length}</th>
            </tr>
          </thead>
          <tbody>
            {plan.steps.map((step) => (
              <tr
                key={`${step.kind}-${step.start}`}
                class={step.kind === 'break' || step.kind === 'lunch' ? 'handout-plan__pause' : undefined}
              >
                <td>{`${clock(step.start)}–${clock(step.end)}`}</td>
                <td>{label(step)}</td>
                <td>{duration(step.minutes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {text.total}
              </th>
              <td>{duration(plan.minutes)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
