import type { Band, Calibration } from '../questionnaire/schema';

/**
 * Fuzzy membership by Ragin's direct method (rule 5): log-odds scale ln(19) per distance from the
 * crossover to the inclusion anchor above it, or to the exclusion anchor below it.
 */
export function calibrateMembership({
  mean,
  calibration,
}: {
  mean: number;
  calibration: Calibration;
}): number {
  const { exclusion, crossover, inclusion } = calibration;
  const distance = mean >= crossover ? inclusion - crossover : crossover - exclusion;
  const logOdds = (Math.log(19) * (mean - crossover)) / distance;
  return 1 / (1 + Math.exp(-logOdds));
}

/** Band of a collective mean: low below the crossover, middle up to the inclusion anchor, high from it. */
export function bandOf({
  mean,
  calibration,
}: {
  mean: number | null;
  calibration: Calibration;
}): Band | null {
  if (mean === null) return null;
  if (mean < calibration.crossover) return 'low';
  return mean < calibration.inclusion ? 'middle' : 'high';
}

/** Score 0–100 from a mean on 1–5 (rule 3), kept exact; round only for display. */
export function scoreFromMean(mean: number): number {
  return ((mean - 1) / 4) * 100;
}
