// English month names, January first: the paragraph aligner's date anchors (core/align/analysis.ts)
// and the word aligner's date months (core/wordalign/numbers.ts).
export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
