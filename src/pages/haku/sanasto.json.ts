import type { APIRoute } from 'astro';
import { getCourse, getGlossary } from '../../data/course';
import { group, t } from '../../i18n';
import { modulePath } from '../../lib/paths';
import type { SearchData } from '../../lib/search-help';

/**
 * The search data loaded when search opens: the glossary's names, the modules to browse and the
 * help's strings.
 * The search index integration adds the words for corrections after Pagefind has run
 * (src/integrations/search-index.ts); in `astro dev` there are none.
 */
export const GET: APIRoute = async () => {
  const glossary = await getGlossary();
  const modules = (await getCourse()).filter((m) => m.lessons.length > 0);
  const data: SearchData = {
    words: [],
    terms: glossary.map(({ id, term, en, synonyms, forms }) => ({ id, term, en, synonyms, forms })),
    modules: modules.map((m) => ({ title: `${t('module.label', { n: m.order })}: ${m.title}`, path: modulePath(m.id) })),
    strings: group('searchHelp'),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
