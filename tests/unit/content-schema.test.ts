import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Builds a copy of the fixture course with files broken and checks that the build fails with a
// message in Finnish naming the file and the field, as a content author would need.
const fixture = join(import.meta.dirname, '..', 'fixtures', 'course');
const temp = mkdtempSync(join(tmpdir(), 'kurssi-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Edits = Record<string, (text: string) => string>;

/** A fresh copy of the fixture course; `edit` changes files in it (a new name adds a file). */
function course(name: string) {
  const dir = join(temp, name);
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  const edit = (edits: Edits, from: Record<string, string> = {}) => {
    for (const [file, change] of Object.entries(edits)) {
      const source = join(dir, 'content', from[file] ?? file);
      writeFileSync(join(dir, 'content', file), change(readFileSync(source, 'utf8')));
    }
  };
  const build = () => {
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: join(dir, 'content'),
        ASTRO_OUT_DIR: join(dir, 'dist'),
        // One cache per copy, kept between its builds: a second build runs with a warm cache.
        ASTRO_CACHE_DIR: join(dir, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  return { dir, edit, build };
}

function buildWith(name: string, edits: Edits, from?: Record<string, string>) {
  const c = course(name);
  c.edit(edits, from);
  return c.build();
}

const lesson = 'lessons/01-a/01-eka.mdx';
const quiz = 'quizzes/testi.yaml';
const second = 'lessons/01-a/02-toka.mdx';

describe('content validation at build time', () => {
  it('builds the valid fixture', () => {
    const { status, output } = buildWith('valid', {});
    expect(status, output).toBe(0);
  });

  it.each([
    [
      'a missing field',
      lesson,
      (t: string) => t.replace(/^description: .*\n/m, ''),
      '01-eka.mdx:2: description: pakollinen kenttä puuttuu',
    ],
    [
      'a field of the wrong type',
      lesson,
      (t: string) => t.replace('minutes: 5', 'minutes: viisi'),
      '01-eka.mdx:8: minutes: Virheellinen tyyppi: odotettiin number, oli string',
    ],
    [
      'a misspelt field',
      lesson,
      (t: string) => t.replace('order: 1', 'order: 1\nobjektives: []'),
      '01-eka.mdx:5: objektives: tuntematon kenttä',
    ],
    [
      'an id that is not stable',
      lesson,
      (t: string) => t.replace('id: eka\n', 'id: Eka Tunti\n'),
      '01-eka.mdx:2: id: käytä pieniä kirjaimia',
    ],
    [
      'workshop questions missing',
      lesson,
      (t: string) => t.replace(/ {2}questions: .*\n/, ''),
      '01-eka.mdx:10: workshop.questions: pakollinen kenttä puuttuu',
    ],
    [
      'an option without explanation',
      quiz,
      (t: string) => t.replace(', explanation: "Väärin."', ''),
      'testi.yaml:10: questions.0.options.1.explanation: pakollinen kenttä puuttuu',
    ],
    [
      'a single-choice question with no correct option',
      quiz,
      (t: string) => t.replace('correct: true, ', ''),
      'testi.yaml:9: questions.0.options: kysymys "q1": merkitse tasan yksi oikea vaihtoehto (nyt 0)',
    ],
    [
      'a module without a title',
      'modules.yaml',
      (t: string) => t.replace(/ {2}title: .*\n/, ''),
      'modules.yaml:1: "alpha": title: pakollinen kenttä puuttuu',
    ],
  ])('fails on %s, naming the file, the line and the field in Finnish', (name, file, edit, message) => {
    const { status, output } = buildWith(name.replaceAll(' ', '-'), { [file]: edit });
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(output).not.toMatch(/\bRequired\b|Invalid input/);
  });

  it('fails on a reference to a quiz that does not exist, naming the lesson', () => {
    const { status, output } = buildWith('missing-quiz', { [lesson]: (t) => t.replace('<Quiz id="testi" />', '<Quiz id="ei-ole" />') });
    expect(status).not.toBe(0);
    expect(output).toContain('01-eka.mdx: <Quiz id="ei-ole">');
  });

  it('fails on two lessons with the same id, naming both files', () => {
    const copy = (t: string) => t.replaceAll('eka-pohdinta', 'toka-pohdinta').replace('<Quiz id="testi" />', '');
    const { status, output } = buildWith('duplicate-lesson', { [second]: copy }, { [second]: lesson });
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-toka\.mdx: id: "eka" on jo käytössä \(.*01-eka\.mdx\)/);
  });

  it('fails on one quiz shown by two lessons, naming both', () => {
    const copy = (t: string) => t.replaceAll('eka-pohdinta', 'toka-pohdinta').replace('id: eka', 'id: toka');
    const { status, output } = buildWith('quiz-twice', { [second]: copy }, { [second]: lesson });
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-toka\.mdx: <Quiz id="testi">: sama kysely on jo oppitunnilla .*01-eka\.mdx/);
  });

  it.each([
    ['modules.yaml', (t: string) => t.replace('title: "Alfa"', 'title: "Alfa'), 'modules.yaml:3: YAML-muoto on rikki'],
    ['glossary.yaml', (t: string) => `${t}\n- id: [rikki\n`, 'glossary.yaml:'],
    [
      quiz,
      (t: string) => t.replace('passPercent', 'x').replace('final: true', 'final: true\n  sisennys: väärin'),
      'testi.yaml:3: YAML-muoto on rikki',
    ],
    [
      lesson,
      (t: string) => t.replace('order: 1', 'order: 1\ntitle: "toinen"'),
      '01-eka.mdx:6: YAML-muoto on rikki: sama kenttä on kirjoitettu kahdesti',
    ],
  ])('fails on malformed YAML in %s with its line, also with a warm cache', (file, edit, message) => {
    const c = course(`yaml-${file.replaceAll('/', '-')}`);
    expect(c.build().status).toBe(0);
    c.edit({ [file]: edit });
    const { status, output } = c.build();
    expect(status).not.toBe(0);
    expect(output).toContain(message);
  });
});
