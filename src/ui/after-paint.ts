/**
 * Runs `task` once the browser has painted what is on screen now: the next frame, then a new task.
 * For work a page starts as soon as it shows (opening the database, loading the next pages), which
 * would otherwise run in the same task as React's commit and hold the first paint back. Returns a
 * cancel.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
