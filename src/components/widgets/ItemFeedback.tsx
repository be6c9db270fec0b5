interface Props {
  /** right and wrong get a ✓ or ✗; neutral (a dilemma, an option not chosen) gets no colour. */
  tone: 'right' | 'wrong' | 'neutral';
  /** The short verdict in bold: "Valitsit tämän." */
  label: string;
  explanation: string;
}

/** Why one option or item is right or wrong, shown under it once the quiz is checked. */
export default function ItemFeedback({ tone, label, explanation }: Props) {
  return (
    <p class={`feedback feedback--${tone}`}>
      {tone !== 'neutral' && (
        <span class="feedback__icon" aria-hidden="true">
          {tone === 'right' ? '✓' : '✗'}
        </span>
      )}
      {label && <strong>{label}</strong>} {explanation}
    </p>
  );
}
