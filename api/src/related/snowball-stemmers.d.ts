/** The parts of `snowball-stemmers` (a JavaScript build of the Snowball stemmers) this app uses; it ships no types. */
declare module "snowball-stemmers" {
  interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
