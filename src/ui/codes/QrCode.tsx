import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './codes.css';

type Matrix = { size: number; path: string };
// four light modules around the code: the quiet zone the QR standard asks for
const quietZone = 4;

async function drawMatrix(text: string, ecc: 'L' | 'M'): Promise<Matrix> {
  // the QR library is loaded only on the screens that show a code
  const { encode } = await import('uqr');
  const qr = encode(text, { ecc, border: quietZone });
  let path = '';
  qr.data.forEach((row, y) => {
    row.forEach((isDark, x) => {
      if (isDark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size: qr.size, path };
}

/** A QR code as an SVG drawn on this device; `what` names it for screen readers. */
export function QrCode({ text, what, ecc = 'M' }: { text: string; what: string; ecc?: 'L' | 'M' }) {
  const { t } = useTranslation();
  const [matrix, setMatrix] = useState<{ text: string; value: Matrix } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void drawMatrix(text, ecc).then((value) => {
      if (isCurrent) setMatrix({ text, value });
    });
    return () => {
      isCurrent = false;
    };
  }, [text, ecc]);
  if (!matrix || matrix.text !== text) return <p className="muted">{t('phones.qrLoading')}</p>;
  const { size, path } = matrix.value;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={t('phones.qrLabel', { what })}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
