import { useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import type { HousePartData } from '../../schemas/house';
import './house.css';

interface Props {
  /** The six parts, foundation (order 0) first. */
  parts: HousePartData[];
  strings: Strings<'house'>;
}

/**
 * The participation house drawn in HTML and CSS: each part is a button that opens its
 * explanation in the panel below, one at a time. To a screen reader it is a list of six buttons
 * from the foundation up; the caption says what the picture shows. Without JavaScript every
 * explanation is shown (see ParticipationHouse.astro).
 */
export default function HouseExplorer({ parts, strings }: Props) {
  const [open, setOpen] = useState<string>();
  const panelId = (id: string) => `talo-${id}`;
  return (
    <div class="house">
      <figure class="house__figure" aria-labelledby="talo-kuvateksti">
        <ol class="house__parts" aria-label={strings.parts}>
          {parts.map((p) => (
            <li key={p.id} class={`house__part house__part--${p.id}`}>
              <button
                type="button"
                class="house__button"
                aria-expanded={open === p.id}
                aria-controls={panelId(p.id)}
                onClick={() => setOpen(open === p.id ? undefined : p.id)}
              >
                {p.name}
              </button>
            </li>
          ))}
        </ol>
        <figcaption id="talo-kuvateksti" class="house__caption">
          {strings.caption}
        </figcaption>
      </figure>
      {parts.map((p) => (
        <section key={p.id} id={panelId(p.id)} class="house__panel" hidden={open !== p.id} aria-labelledby={`${panelId(p.id)}-otsikko`}>
          <p class="house__kicker">{p.name}</p>
          <h3 id={`${panelId(p.id)}-otsikko`} class="house__title">
            {p.title}
          </h3>
          <p>{p.summary}</p>
          <p class="house__examples-title">{strings.examples}</p>
          <ul>
            {p.examples.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
