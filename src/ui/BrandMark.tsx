/**
 * The app's mark (public/icon.svg) drawn in the page itself: an image file would cost the first
 * screen a request and a document of its own to parse. Decorative: the name beside it says it.
 */
export function BrandMark() {
  return (
    <svg
      className="brand__mark"
      viewBox="0 0 64 64"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="64" height="64" rx="12" fill="#1f5f4a" />
      <polygon
        points="32,10 53,25 45,50 19,50 11,25"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinejoin="round"
      />
      <circle cx="32" cy="33" r="6" fill="#f3b33d" />
    </svg>
  );
}
