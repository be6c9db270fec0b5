import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Builds a copy of the fixture course with one file broken and checks that the build fails
// with a message naming the file and the field, as a content author would need.
const fixture = join(import.meta.dirname, '..', 'fixtures', 'course');
const temp = mkdtempSync(join(tmpdir(), 'kurssi-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildWith(name: string, file: string, edit: (text: string) => string) {
  const dir = join(temp, name);
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  const path = join(dir, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: join(dir, 'content'),
      ASTRO_OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const lesson = 'lessons/01-a/01-eka.mdx';
const quiz = 'quizzes/testi.yaml';

describe('content validation at build time', () => {
  it('builds the valid fixture', () => {
    const { status, output } = buildWith('valid', lesson, (t) => t);
    expect(status, output).toBe(0);
  });

  it.each([
    ['a missing field', lesson, (t: string) => t.replace(/^description: .*\n/m, ''), 'description'],
    ['a field of the wrong type', lesson, (t: string) => t.replace('minutes: 5', 'minutes: viisi'), 'minutes'],
    ['a misspelt field', lesson, (t: string) => t.replace('order: 1', 'order: 1\nobjektives: []'), 'objektives'],
    ['an id that is not stable', lesson, (t: string) => t.replace('id: eka\n', 'id: Eka Tunti\n'), 'id'],
    ['workshop questions missing', lesson, (t: string) => t.replace(/  questions: .*\n/, ''), 'workshop.questions'],
    ['an option without explanation', quiz, (t: string) => t.replace(', explanation: "Väärin."', ''), 'explanation'],
    ['a single-choice question with no correct option', quiz, (t: string) => t.replace('correct: true, ', ''), 'q1'],
  ])('fails on %s, naming the file and the field', (name, file, edit, field) => {
    const { status, output } = buildWith(name.replaceAll(' ', '-'), file, edit);
    expect(status).not.toBe(0);
    expect(output).toContain(file.split('/').at(-1));
    expect(output).toContain(field);
  });

  it('fails on a reference to a quiz that does not exist, naming the lesson', () => {
    const { status, output } = buildWith('missing-quiz', lesson, (t) => t.replace('<Quiz id="testi" />', '<Quiz id="ei-ole" />'));
    expect(status).not.toBe(0);
    expect(output).toContain('01-eka.mdx: <Quiz id="ei-ole">');
  });
});
