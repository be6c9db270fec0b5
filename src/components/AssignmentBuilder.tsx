import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { format } from '../i18n/format';
import { decodeAssignment, encodeAssignment, LINK_LIMITS } from '../lib/assignment-link';
import type { CatalogModule } from '../lib/catalog';
import { formatDay } from '../lib/dates';
import { moduleState, selectionTotals, setLesson, setModule } from '../lib/lesson-selection';
import './AssignmentBuilder.css';
import QrCode from './QrCode';

interface Props {
  catalog: CatalogModule[];
  /** Paths (base included) of the learner's assignment page and the workshop handout. */
  paths: { assignment: string; handout: string };
  text: Strings<'trainer'>;
}

/**
 * The trainer's form: choose lessons, name the assignment, and get a link, a QR code and a
 * printable participant handout. The choice lives only in the link; the page's own address
 * follows it, so a reload or the handout's "edit" link brings the choice back.
 */
export default function AssignmentBuilder({ catalog, paths, text }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [due, setDue] = useState('');
  /** Chosen lessons read before the workshop and not worked on in it. */
  const [preReading, setPreReading] = useState<ReadonlySet<string>>(new Set());
  // The site's address is known only in the browser; until then no link is shown.
  const [origin, setOrigin] = useState<string>();
  const [copyStatus, setCopyStatus] = useState('');
  const linkField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const read = decodeAssignment(location.hash, catalog);
    if (read.ok) {
      setSelected(new Set(read.assignment.lessons));
      setName(read.assignment.name);
      setNote(read.assignment.note ?? '');
      setDue(read.assignment.due ?? '');
      setPreReading(new Set(read.assignment.preReading));
    }
    setOrigin(location.origin);
  }, []);

  /** A lesson taken out of the choice stops being pre-reading, and is not again when chosen again. */
  const choose = (next: ReadonlySet<string>) => {
    setSelected(next);
    setPreReading((marked) => new Set([...marked].filter((id) => next.has(id))));
  };
  const totals = selectionTotals(catalog, selected, preReading);
  const ids = totals.lessons.map((l) => l.id);
  const before = ids.filter((id) => preReading.has(id));
  const encoded = useMemo(
    () => (ids.length && name.trim() ? encodeAssignment({ name, note, due, lessons: ids, preReading: before }, catalog) : undefined),
    [ids.join(), before.join(), name, note, due],
  );
  const code = encoded?.ok ? encoded.code : undefined;
  const url = code && origin ? `${origin}${paths.assignment}#${code}` : undefined;

  useEffect(() => {
    if (!origin) return;
    history.replaceState(null, '', code ? `#${code}` : location.pathname);
    setCopyStatus('');
  }, [code, origin]);

  /** Why there is no link yet. */
  function missing(): string | undefined {
    if (!ids.length) return text.missingLessons;
    if (!name.trim()) return text.missingName;
    if (encoded && !encoded.ok) return encoded.error === 'too-long' ? text.tooLong : text.invalid;
    return undefined;
  }
  const why = url ? undefined : missing();

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(text.copied);
    } catch {
      // No Clipboard API (older browser, page not trusted) or permission refused: select the
      // link so the trainer can copy it with the keyboard.
      linkField.current?.focus();
      linkField.current?.select();
      setCopyStatus(text.copyManual);
    }
  }

  return (
    <div class="assignment-builder">
      <form class="no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="builder-step">
          <legend>{text.chooseLegend}</legend>
          <p class="muted">{text.chooseHint}</p>
          <div class="module-choices">
            {catalog.map((m) => (
              <ModuleChoice key={m.id} module={m} selected={selected} onChange={choose} text={text} />
            ))}
          </div>
        </fieldset>
        <fieldset class="builder-step">
          <legend>{text.detailsLegend}</legend>
          <div class="field">
            <label for="assignment-name">{text.name}</label>
            <input
              id="assignment-name"
              type="text"
              required
              maxLength={LINK_LIMITS.name}
              aria-describedby="assignment-name-hint"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            <p id="assignment-name-hint" class="hint">
              {format(text.nameHint, { max: LINK_LIMITS.name })}
            </p>
          </div>
          <div class="field">
            <label for="assignment-note">{text.note}</label>
            <textarea
              id="assignment-note"
              rows={3}
              maxLength={LINK_LIMITS.note}
              aria-describedby="assignment-note-hint"
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <p id="assignment-note-hint" class="hint">
              {format(text.noteHint, { max: LINK_LIMITS.note })}
            </p>
          </div>
          <div class="field">
            <label for="assignment-due">{text.due}</label>
            <input id="assignment-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </div>
        </fieldset>
        <fieldset class="builder-step">
          <legend>{text.preReadingLegend}</legend>
          <p class="muted">{text.preReadingHint}</p>
          {totals.lessons.length ? (
            <ul class="pre-reading-choices">
              {totals.lessons.map((l) => (
                <li key={l.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={preReading.has(l.id)}
                      onChange={(e) => setPreReading(setLesson(preReading, l.id, e.currentTarget.checked))}
                    />
                    <span>{l.title}</span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p>{text.preReadingNone}</p>
          )}
        </fieldset>
        <p class="builder-totals" role="status">
          {totals.lessons.length
            ? format(text.totals, { count: totals.lessons.length, minutes: totals.minutes, workshop: totals.workshopMinutes })
            : text.totalsNone}
        </p>
      </form>

      <section class="share" aria-labelledby="share-title">
        <h3 id="share-title" class="no-print">
          {text.shareTitle}
        </h3>
        {why && <p class="share-missing no-print">{why}</p>}
        {url && code && (
          <>
            <div class="share-tools no-print">
              <label for="assignment-link">{text.link}</label>
              <div class="link-row">
                <input id="assignment-link" ref={linkField} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
                <button type="button" class="button" onClick={copy}>
                  {text.copy}
                </button>
              </div>
              {/* Right under the button pressed, where the trainer is looking. */}
              <p class="copy-status" role="status">
                {copyStatus}
              </p>
              <ul class="share-actions">
                <li>
                  <a href={`${paths.assignment}#${code}`}>{text.preview}</a>
                </li>
                <li>
                  <a href={`${paths.handout}#${code}`}>{text.workshopHandout}</a>
                </li>
                <li>
                  <button type="button" class="button secondary" onClick={() => print()}>
                    {text.print}
                  </button>
                </li>
              </ul>
            </div>
            <article class="participant-handout card" aria-labelledby="handout-name">
              <h4 id="handout-name">{name.trim()}</h4>
              {note.trim() && <p class="handout-note">{note.trim()}</p>}
              {due && <p>{format(text.dueLine, { date: formatDay(due) })}</p>}
              <p class="handout-label">{text.lessons}</p>
              <ol>
                {totals.lessons.map((l) => (
                  <li key={l.id}>
                    {l.title} <span class="muted">({format(text.minutes, { minutes: l.minutes })})</span>
                    {preReading.has(l.id) && ` – ${text.preReadingMark}`}
                  </li>
                ))}
              </ol>
              <p>{format(text.handoutTime, { minutes: totals.minutes })}</p>
              <figure class="qr-figure">
                <QrCode text={url} label={format(text.qr, { name: name.trim() })} />
                <figcaption>{text.qrCaption}</figcaption>
              </figure>
              <p class="handout-url">
                {text.handoutOpen}: <span>{url}</span>
              </p>
            </article>
          </>
        )}
      </section>
    </div>
  );
}

interface ModuleChoiceProps {
  module: CatalogModule;
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  text: Strings<'trainer'>;
}

/** One module's checkboxes: the whole module (checked, mixed or clear) and each lesson. */
function ModuleChoice({ module, selected, onChange, text }: ModuleChoiceProps) {
  const state = moduleState(module, selected);
  const all = useRef<HTMLInputElement>(null);
  // "Mixed" exists only as a DOM property, so it is set after rendering.
  useEffect(() => {
    if (all.current) all.current.indeterminate = state === 'some';
  }, [state]);
  const minutes = module.lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <fieldset class="module-choice">
      <legend>{format(text.moduleLabel, { n: module.order, title: module.title })}</legend>
      <label class="check check--module">
        <input
          ref={all}
          type="checkbox"
          data-module-id={module.id}
          checked={state === 'all'}
          onChange={(e) => onChange(setModule(selected, module, e.currentTarget.checked))}
        />
        <span>
          {text.wholeModule} <span class="muted">({format(text.minutes, { minutes })})</span>
        </span>
      </label>
      <ul>
        {module.lessons.map((l) => (
          <li key={l.id}>
            <label class="check">
              <input
                type="checkbox"
                data-lesson-id={l.id}
                checked={selected.has(l.id)}
                onChange={(e) => onChange(setLesson(selected, l.id, e.currentTarget.checked))}
              />
              <span>
                {l.title} <span class="muted">({format(text.minutes, { minutes: l.minutes })})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
