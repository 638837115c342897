// Gale–Church: a translation's length in characters is roughly proportional to its source's, with a
// variance that grows with the length.

/** −log(erfc(x)) for x ≥ 0, in log space so that far-off lengths keep a finite, growing cost. */
export function negLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return x * x - poly - Math.log(t);
}

/**
 * −log of the two-tailed probability of the length difference: 0 for a perfect ratio, about δ²/2
 * when far off. `ratio` is Indonesian characters per English character for this document.
 */
export function lengthCost(idChars: number, enChars: number, ratio: number, variance: number): number {
  const expected = ratio * enChars;
  const delta = (idChars - expected) / Math.sqrt((variance * (idChars + expected)) / 2 + 1);
  return negLogErfc(Math.abs(delta) / Math.SQRT2);
}

/** Characters that carry text, so spacing differences between the files do not count. */
export function textLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 32) n++;
  return n;
}
