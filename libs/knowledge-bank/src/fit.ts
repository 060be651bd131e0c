/**
 * Below this score the best trainer is not a strong match and the answer says so ("geen sterke
 * match") instead of presenting noise as advice. Fixed in advance; tuned on the dev questions only.
 */
export const CONFIDENCE_THRESHOLD = 0.1;

/** How well one trainer fits, in words people read (the score's scale means nothing to them). */
export type Fit = 'strong' | 'fair' | 'weak';

export function fitOf(score: number): Fit {
  if (score >= 2 * CONFIDENCE_THRESHOLD) return 'strong';
  return score >= CONFIDENCE_THRESHOLD ? 'fair' : 'weak';
}
