/** Joins the site's base path (`/` or e.g. `/koulutus/osallisuus/`) and a path inside the site. */
export function joinBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The path of a lesson page inside the site. */
export const lessonPath = (lesson: { module: string; id: string }) => `${lesson.module}/${lesson.id}/`;

/** The path of a module's overview page inside the site. */
export const modulePath = (moduleId: string) => `${moduleId}/`;
