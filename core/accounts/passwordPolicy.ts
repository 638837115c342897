// Which new passwords are refused: shorter than 8 or longer than 128 characters, or one that a guesser
// tries early (common passwords, words, keyboard walks, repeats and sequences such as "aaaaaaaa" or
// "12345678", or the person's own name or address), as zxcvbn estimates it from its list of common
// passwords (@zxcvbn-ts/language-common, MIT).
import {ZxcvbnFactory} from '@zxcvbn-ts/core';
import {adjacencyGraphs, dictionary} from '@zxcvbn-ts/language-common';

export const PASSWORD_LENGTH = {min: 8, max: 128} as const;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooCommon';

let estimator: ZxcvbnFactory | undefined;

/** null when the password may be used; `personal` are words a guesser would try first for this person. */
export function checkNewPassword(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_LENGTH.min) return 'tooShort';
  if (password.length > PASSWORD_LENGTH.max) return 'tooLong';
  estimator ??= new ZxcvbnFactory({dictionary, graphs: adjacencyGraphs});
  const words = personal
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  // Score 2 ("somewhat guessable": about 10^8 guesses) is the lowest that survives an online attack
  // slowed by the sign-in limits; 0 and 1 fall to the first few thousand guesses.
  return estimator.check(password, words).score < 2 ? 'tooCommon' : null;
}
