/**
 * The assignment link: a trainer's choice of lessons, with a name, a note and an optional due
 * date, packed into the fragment of a link (`tehtava/#1.<base64url>`). The fragment never
 * reaches a server, so the link needs no accounts and shares nothing but what it says.
 *
 * Format, version 1: `1.` + base64url(payload bytes + CRC-32 of the payload, 4 bytes big-endian).
 * The payload is UTF-8 text of four fields separated by U+001F: name, note, due date
 * (`YYYY-MM-DD` or empty) and the chosen items separated by commas. An item is a lesson id,
 * or `@` + a module id when every lesson of the module is chosen. Lesson ids are written out
 * (not as positions) so that a link stays valid when lessons are added, and a lesson that has
 * since been removed can be named to the learner. The checksum catches a link that was cut
 * short or edited by hand; it is not a signature, and the page shows the content only as text.
 * The stored assignment's id is a SHA-256 of the payload, not the checksum: a crafted note can
 * match a CRC-32 and would replace another stored assignment (issue 17.10).
 *
 * Version 2 adds a fifth field: the lessons learners read before the workshop and that are not
 * worked on in it (pre-reading), as items of the same form. It is written only when some lesson
 * is pre-reading, so every other link is the version 1 link it always was, with the same id.
 */
import { format } from '../i18n/format';
import { sha256 } from './sha256';

/** The versions this site reads; a link of another version is refused. */
const LINK_VERSIONS = [1, 2] as const;

/** Limits that keep a link short enough for a QR code and a chat message. */
export const LINK_LIMITS = {
  /** Characters in the name. */
  name: 80,
  /** Characters in the note. */
  note: 300,
  /** Items (lessons or whole modules) in one link. */
  items: 60,
  /** Characters of the encoded code, after `#`. */
  code: 2000,
} as const;

/** What a trainer assigns. `lessons` are lesson ids. */
export interface AssignmentInput {
  name: string;
  note?: string;
  /** Due date as `YYYY-MM-DD`. */
  due?: string;
  lessons: readonly string[];
  /** Lessons (of `lessons`) read before the workshop and not worked on in it. */
  preReading?: readonly string[];
}

/** A decoded assignment: lessons known to the course, in course order. */
export interface Assignment {
  name: string;
  note?: string;
  due?: string;
  lessons: string[];
  /** Lessons of `lessons`, in course order, read before the workshop and not worked on in it. */
  preReading?: string[];
}

/** The course as the link needs it: modules in study order, each with its lessons in order. */
export type LinkCatalog = readonly { id: string; lessons: readonly { id: string }[] }[];

/**
 * Why a link could not be made or read:
 * `empty` no code; `format` not a link code at all; `version` a version this site cannot read;
 * `checksum` the code was changed or cut short; `too-long` over the length limit;
 * `invalid` a field breaks a rule (empty name, bad date, no lessons, unknown lesson when encoding).
 */
export type LinkError = 'empty' | 'format' | 'version' | 'checksum' | 'too-long' | 'invalid';

/** The `linkError.*` message of each error: every refusal says what is wrong. */
export const LINK_ERROR_KEY = {
  empty: 'empty',
  format: 'format',
  version: 'version',
  checksum: 'checksum',
  'too-long': 'tooLong',
  invalid: 'invalid',
} as const satisfies Record<LinkError, string>;

/** The refusal of a link in the learner's or trainer's words (`text`: the `linkError` strings). */
export function linkErrorMessage(error: LinkError | 'gone', text: Record<(typeof LINK_ERROR_KEY)[LinkError] | 'gone', string>): string {
  return format(text[error === 'gone' ? 'gone' : LINK_ERROR_KEY[error]], { max: LINK_LIMITS.code });
}

export type EncodeResult = { ok: true; code: string; id: string } | { ok: false; error: LinkError };

/** The id an assignment is stored under: the first 128 bits of the payload's SHA-256, in hex. */
const idOf = (payload: Uint8Array) => sha256(payload).slice(0, 32);
export type DecodeResult =
  | {
      ok: true;
      /** Stable id of this assignment (a hash of its content): opening the same link twice keeps one copy. */
      id: string;
      /** The id older versions of the course stored it under (the checksum), to replace that copy. */
      legacyId: string;
      assignment: Assignment;
      /** Lesson and module ids in the link that the course no longer has, in link order. */
      unknown: string[];
    }
  | { ok: false; error: LinkError };

const FIELD = '\u001f';
const MODULE = '@';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Encodes an assignment into a link code (the part after `#`). */
export function encodeAssignment(input: AssignmentInput, catalog: LinkCatalog): EncodeResult {
  const name = singleLine(input.name);
  const note = cleanNote(input.note ?? '');
  const due = input.due ?? '';
  const chosen = new Set(input.lessons);
  const before = new Set(input.preReading ?? []);
  const known = new Set(catalog.flatMap((m) => m.lessons.map((l) => l.id)));
  if (!name || name.length > LINK_LIMITS.name || note.length > LINK_LIMITS.note) return fail('invalid');
  if (due && !isDay(due)) return fail('invalid');
  if (chosen.size === 0 || [...chosen].some((id) => !known.has(id))) return fail('invalid');
  if ([...before].some((id) => !chosen.has(id))) return fail('invalid');

  const items = itemsOf(catalog, chosen);
  const preItems = itemsOf(catalog, before);
  if (items.length + preItems.length > LINK_LIMITS.items) return fail('too-long');

  const fields = [name, note, due, items.join(',')];
  const version = preItems.length ? 2 : 1;
  if (version === 2) fields.push(preItems.join(','));
  const payload = utf8(fields.join(FIELD));
  const sum = crc32(payload);
  const code = `${version}.${toBase64Url(concat(payload, uint32(sum)))}`;
  if (code.length > LINK_LIMITS.code) return fail('too-long');
  return { ok: true, code, id: idOf(payload) };
}

/** Link items of a set of lessons, in course order: a whole module as `@` + its id. */
const itemsOf = (catalog: LinkCatalog, chosen: ReadonlySet<string>) =>
  catalog.flatMap((m) => {
    const own = m.lessons.filter((l) => chosen.has(l.id)).map((l) => l.id);
    return own.length > 0 && own.length === m.lessons.length ? [MODULE + m.id] : own;
  });

/** Reads a link code (with or without the leading `#`) against the course as it is now. */
export function decodeAssignment(raw: string, catalog: LinkCatalog): DecodeResult {
  const code = raw.trim().replace(/^#/, '');
  if (!code) return fail('empty');
  if (code.length > LINK_LIMITS.code) return fail('too-long');
  const match = /^(\d+)\.([A-Za-z0-9_-]+)$/.exec(code);
  if (!match) return fail('format');
  const version = Number(match[1]);
  if (!LINK_VERSIONS.some((v) => v === version)) return fail('version');

  const bytes = fromBase64Url(match[2]!);
  if (!bytes || bytes.length < 5) return fail('checksum');
  const payload = bytes.subarray(0, bytes.length - 4);
  const sum = crc32(payload);
  if (sum !== readUint32(bytes, bytes.length - 4)) return fail('checksum');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    return fail('invalid');
  }
  const fields = text.split(FIELD);
  if (fields.length !== (version === 2 ? 5 : 4)) return fail('invalid');
  const [name, note, due, list, preList = ''] = fields as [string, string, string, string, string?];
  const items = list ? list.split(',') : [];
  const preItems = preList ? preList.split(',') : [];
  const isItem = (item: string) => ID.test(item.startsWith(MODULE) ? item.slice(1) : item);
  const valid =
    name === singleLine(name) &&
    name.length > 0 &&
    name.length <= LINK_LIMITS.name &&
    note === cleanNote(note) &&
    note.length <= LINK_LIMITS.note &&
    (due === '' || isDay(due)) &&
    items.length > 0 &&
    items.length + preItems.length <= LINK_LIMITS.items &&
    items.every(isItem) &&
    // Version 2 is written only with some pre-reading.
    (version === 1 || preItems.length > 0) &&
    preItems.every(isItem);
  if (!valid) return fail('invalid');

  const modules = new Map(catalog.map((m) => [m.id, m]));
  const lessonIds = new Set(catalog.flatMap((m) => m.lessons.map((l) => l.id)));
  const unknown: string[] = [];
  const expand = (list: string[], report: boolean) => {
    const out = new Set<string>();
    for (const item of list) {
      if (item.startsWith(MODULE)) {
        const module = modules.get(item.slice(1));
        if (module?.lessons.length) for (const l of module.lessons) out.add(l.id);
        else if (report) unknown.push(item.slice(1));
      } else if (lessonIds.has(item)) out.add(item);
      else if (report) unknown.push(item);
    }
    return out;
  };
  const chosen = expand(items, true);
  // Pre-reading names lessons of the assignment only; anything else in it is ignored.
  const before = expand(preItems, false);
  const lessons = catalog.flatMap((m) => m.lessons.map((l) => l.id)).filter((id) => chosen.has(id));
  const preReading = lessons.filter((id) => before.has(id));
  return {
    ok: true,
    id: idOf(payload),
    legacyId: hex(sum),
    assignment: { name, ...(note && { note }), ...(due && { due }), lessons, ...(preReading.length && { preReading }) },
    unknown,
  };
}

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const fail = (error: LinkError) => ({ ok: false, error }) as const;

/** One line of text: control characters out, runs of white space as one space. */
const singleLine = (s: string) =>
  s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A note keeps its line breaks but no other control characters. */
const cleanNote = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .trim();

const utf8 = (s: string) => new TextEncoder().encode(s);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const uint32 = (n: number) => new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const readUint32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const hex = (n: number) => n.toString(16).padStart(8, '0');

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | undefined {
  // A base64 text of length 4n+1 cannot come from whole bytes: the code was cut.
  if (s.length % 4 === 1) return undefined;
  try {
    const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE), enough to notice a link (or other stored code) that was edited by hand or cut short. */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 255]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
