import { toSvgPath } from 'lean-qr/extras/svg';
import { correction, generate } from 'lean-qr/nano';
import { useMemo } from 'preact/hooks';

interface Props {
  /** What the code says (a link). */
  text: string;
  /** Text alternative: what the code opens. */
  label: string;
}

/** Quiet zone around the code, in modules, as the QR standard asks. */
const PAD = 4;

/** A QR code drawn as SVG in the browser; always dark on white, which every scanner reads. */
export default function QrCode({ text, label }: Props) {
  const { size, path } = useMemo(() => {
    const code = generate(text, { minCorrectionLevel: correction.M });
    return { size: code.size + 2 * PAD, path: toSvgPath(code) };
  }, [text]);
  return (
    <svg class="qr-code" role="img" aria-label={label} viewBox={`${-PAD} ${-PAD} ${size} ${size}`} shape-rendering="crispEdges">
      <rect x={-PAD} y={-PAD} width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
