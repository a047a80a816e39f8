import { readFileSync } from 'node:fs';
import type { Figure } from './measure';

export type Budgets = { bench: Record<string, number>; size: Record<string, number> };
export type Verdict = { key: string; budget: number; value: number; isOver: boolean };

/** The committed budgets (bench-budgets.json at the repository root). */
export function readBudgets(path = 'bench-budgets.json'): Budgets {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Budgets>;
  return { bench: parsed.bench ?? {}, size: parsed.size ?? {} };
}

/** Each budgeted figure against its budget; a budget without a figure counts as missed. */
export function judge(figures: Figure[], budgets: Record<string, number>): Verdict[] {
  return Object.entries(budgets).map(([key, budget]) => {
    const value = figures.find((f) => f.key === key)?.value ?? NaN;
    return { key, budget, value, isOver: !(value <= budget) };
  });
}
