import { format } from '../../i18n/format';

interface Props {
  /** The disclosure's label, with the number of items as {count}: "Muut vaihtoehdot ({count})". */
  summary: string;
  items: { key: number; text: string; explanation: string }[];
}

/**
 * Explanations the learner did not ask about (options not chosen, items placed right), closed,
 * so that a checked quiz on a phone shows the verdict and what matters to this learner first.
 */
export default function MoreExplanations({ summary, items }: Props) {
  if (!items.length) return null;
  return (
    <details class="more-explanations">
      <summary>{format(summary, { count: items.length })}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <strong>{item.text}</strong> {item.explanation}
          </li>
        ))}
      </ul>
    </details>
  );
}
