import { defineCollection } from 'astro:content';
import { entriesById, entryFiles, listFile } from './data/loaders';
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

// Lessons and quizzes are named by the `id` written in them; see src/data/loaders.ts.
const lessons = defineCollection({ loader: entriesById(`${root}/lessons`, '**/*.mdx', lessonSchema), schema: lessonSchema });
const quizzes = defineCollection({ loader: entriesById(`${root}/quizzes`, '*.yaml', quizSchema), schema: quizSchema });

const pages = defineCollection({ loader: entryFiles(`${root}/pages`, '*.mdx', pageSchema), schema: pageSchema });

const modules = defineCollection({ loader: listFile(`${root}/modules.yaml`, moduleSchema), schema: moduleSchema });
const sources = defineCollection({ loader: listFile(`${root}/sources.yaml`, sourceSchema), schema: sourceSchema });
const glossary = defineCollection({ loader: listFile(`${root}/glossary.yaml`, glossarySchema), schema: glossarySchema });
const house = defineCollection({ loader: listFile(`${root}/house.yaml`, housePartSchema), schema: housePartSchema });

export const collections = { lessons, quizzes, pages, modules, sources, glossary, house };
