// wink-lemmatizer ships no types: the three functions Selaras uses (WordNet's morphy, per part of speech).
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
