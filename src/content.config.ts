import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema } from './schemas/glossary';
import { housePartSchema } from './schemas/house';
import { lessonSchema } from './schemas/lesson';
import { moduleSchema } from './schemas/module';
import { pageSchema } from './schemas/page';
import { quizSchema } from './schemas/quiz';
import { sourceSchema } from './schemas/source';

/**
 * All course content lives in the top-level `content/` folder. CONTENT_DIR points the
 * build at another folder; the schema tests use it to build broken fixtures.
 */
const root = process.env.CONTENT_DIR ?? './content';

const lessons = defineCollection({
  loader: glob({
    base: `${root}/lessons`,
    pattern: '**/*.mdx',
    // The frontmatter id, not the file path, names the lesson: moving a file keeps its URL and data.
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry),
  }),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: glob({
    base: `${root}/quizzes`,
    pattern: '*.yaml',
    // As with lessons: the id written in the file names the quiz, so renaming a file keeps results.
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry),
  }),
  schema: quizSchema,
});

const pages = defineCollection({ loader: glob({ base: `${root}/pages`, pattern: '*.mdx' }), schema: pageSchema });

const modules = defineCollection({ loader: file(`${root}/modules.yaml`), schema: moduleSchema });
const sources = defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema });
const glossary = defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossarySchema });
const house = defineCollection({ loader: file(`${root}/house.yaml`), schema: housePartSchema });

export const collections = { lessons, quizzes, pages, modules, sources, glossary, house };
