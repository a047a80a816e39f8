/** A labelled progress bar that screen readers read as "x of y". */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="progress">
      <span id="progress-label">{label}</span>
      <progress aria-labelledby="progress-label" value={value} max={Math.max(max, 1)} />
    </div>
  );
}
