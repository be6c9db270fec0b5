/**
 * The SCORM runtime API of the platform that launched the course, found and called as the
 * standards say. Thin on purpose: what to report is decided in src/lib/lms-report.ts.
 * @see SCORM 1.2 RTE 3.3.6.1 (findAPI), SCORM 2004 4th ed. RTE 3.1.3 (API_1484_11 discovery)
 */
import type { ScormVersion } from '../lib/lms-report';

interface Api12 {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(p: ''): string;
}
interface Api2004 {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(p: ''): string;
}

/** An initialised session with the platform. */
export interface ScormSession {
  readonly version: ScormVersion;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** LMSFinish / Terminate; later calls do nothing. */
  finish(): void;
}

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;
/** How many parent frames each standard's algorithm climbs. */
const MAX_PARENTS = { '1.2': 7, '2004': 500 } as const;

/** The API object in this window or one of its parents, or undefined (also across origins, which cannot be read). */
function scan(start: Window | null | undefined, name: string, max: number): unknown {
  let win = start;
  for (let tries = 0; win && tries <= max; tries++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api;
      if (win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Finds the API in this window's parents, then in the opener of the top window (a course opened in a new window). */
export function findApi(version: ScormVersion, win: Window = window): unknown {
  const name = API_NAME[version];
  const max = MAX_PARENTS[version];
  const opener = (w: Window) => {
    try {
      return w.top?.opener as Window | null;
    } catch {
      return null;
    }
  };
  return scan(win, name, max) ?? scan(opener(win), name, max) ?? scan(win.opener as Window | null, name, max);
}

/** Finds the platform's API and initialises a session with it, or undefined without a platform. */
export function connect(version: ScormVersion, win: Window = window): ScormSession | undefined {
  const found = findApi(version, win);
  if (!found) return undefined;
  // The two standards name the same five calls differently; past this table they are one session.
  const a12 = found as Api12;
  const a04 = found as Api2004;
  const api =
    version === '1.2'
      ? {
          init: () => a12.LMSInitialize(''),
          get: (e: string) => a12.LMSGetValue(e),
          set: (e: string, v: string) => a12.LMSSetValue(e, v),
          commit: () => a12.LMSCommit(''),
          finish: () => a12.LMSFinish(''),
        }
      : {
          init: () => a04.Initialize(''),
          get: (e: string) => a04.GetValue(e),
          set: (e: string, v: string) => a04.SetValue(e, v),
          commit: () => a04.Commit(''),
          finish: () => a04.Terminate(''),
        };
  if (String(api.init()) !== 'true') return undefined;
  let finished = false;
  return {
    version,
    get: (e) => String(api.get(e) ?? ''),
    set: (e, v) => !finished && String(api.set(e, v)) === 'true',
    commit: () => !finished && String(api.commit()) === 'true',
    finish: () => {
      if (finished) return;
      finished = true;
      api.finish();
    },
  };
}
