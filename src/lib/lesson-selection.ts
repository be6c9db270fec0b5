import type { CatalogLesson, CatalogModule } from './catalog';

/** How much of a module is chosen: drives the module checkbox (checked, mixed or clear). */
export type ModuleState = 'all' | 'some' | 'none';

export function moduleState(module: CatalogModule, selected: ReadonlySet<string>): ModuleState {
  const chosen = module.lessons.filter((l) => selected.has(l.id)).length;
  if (chosen === 0) return 'none';
  return chosen === module.lessons.length ? 'all' : 'some';
}

/** Chooses or clears every lesson of a module. */
export function setModule(selected: ReadonlySet<string>, module: CatalogModule, on: boolean): Set<string> {
  const next = new Set(selected);
  for (const l of module.lessons) {
    if (on) next.add(l.id);
    else next.delete(l.id);
  }
  return next;
}

/** Chooses or clears one lesson. */
export function setLesson(selected: ReadonlySet<string>, lessonId: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(lessonId);
  else next.delete(lessonId);
  return next;
}

export interface SelectionTotals {
  /** Chosen lessons in course order. */
  lessons: CatalogLesson[];
  /** Estimated study time of the chosen lessons. */
  minutes: number;
  /** Workshop time of the chosen lessons. */
  workshopMinutes: number;
}

/** The chosen lessons in course order with their study and workshop time. */
export function selectionTotals(
  catalog: readonly CatalogModule[],
  selected: ReadonlySet<string>,
  preReading: ReadonlySet<string> = new Set(),
): SelectionTotals {
  const chosen = catalog.flatMap((m) => m.lessons).filter((l) => selected.has(l.id));
  return {
    lessons: chosen,
    minutes: chosen.reduce((sum, l) => sum + l.minutes, 0),
    // Pre-reading is read before the workshop and takes none of its time.
    workshopMinutes: chosen.filter((l) => !preReading.has(l.id)).reduce((sum, l) => sum + l.workshopMinutes, 0),
  };
}
