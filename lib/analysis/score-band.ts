/** Where a 0–100 score sits, for colour: the title score and the image score use the same bands. */
export type ScoreBand = 'good' | 'ok' | 'bad';

export const GOOD_SCORE = 80;
export const OK_SCORE = 60;

export function scoreBandOf(score: number): ScoreBand {
  return score >= GOOD_SCORE ? 'good' : score >= OK_SCORE ? 'ok' : 'bad';
}
