import { describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('afterPaint', () => {
  it('runs the task after the next frame, in a task of its own, not before', async () => {
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    await nextFrame();
    expect(task).not.toHaveBeenCalled();
    await nextTask();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, before or after the frame', async () => {
    const before = vi.fn();
    afterPaint(before)();
    const after = vi.fn();
    const cancelAfter = afterPaint(after);
    await nextFrame();
    cancelAfter();
    await nextTask();
    await nextFrame();
    expect(before).not.toHaveBeenCalled();
    expect(after).not.toHaveBeenCalled();
  });
});
