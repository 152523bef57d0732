import { numberRange } from '../number-range';

/*
 * RPE and reps in reserve describe one effort on two scales. On the
 * RIR-based RPE scale (Helms et al., 2016) RPE 10 leaves no rep, 9 one,
 * 8 two and 7 three; 5–6 leave four to six, and below that the scale no
 * longer counts reps. A dose that gives both must give the same effort.
 */

const span = (low: number, high: number) => (low === high ? `${low}` : `${low}–${high}`);

/**
 * Whether `rir` is the effort `rpe` means, and if not, what it should be.
 * RPEs under 6 and efforts written otherwise (`—`) are not compared.
 * @example rirMismatch('7', '2–3') // '3'
 * @example rirMismatch('7–8', '2–3') // undefined
 */
export function rirMismatch(rpe: string, rir: string): string | undefined {
  const effort = numberRange(rpe);
  const reserve = numberRange(rir);
  if (!effort || !reserve || effort[1] < 6) return undefined;
  const [fewest, most] = [10 - effort[1], 10 - effort[0]];
  // 5–6 on the scale leaves four to six reps, so a low RPE may leave more than 10 − RPE.
  const fits = reserve[0] === fewest && (reserve[1] === most || (effort[0] <= 6 && reserve[1] >= most));
  return fits ? undefined : effort[0] <= 6 ? `${fewest}+` : span(fewest, most);
}
