import snowball from "snowball-stemmers";
import { foldForSearch } from "../search/normalize";
import { ALL_STOPWORDS, LANGUAGES, stopwordSets } from "./stopwords";
import type { Language } from "./stopwords";

/**
 * How "related" reads text (docs/memory.md): words in lower case, stop words out, each word
 * stemmed (the Snowball stemmers, via snowball-stemmers) in the text's language, then folded (accents and case)
 * so "Übergabe", "ubergabe" and "Übergaben" meet. A stored text is stemmed in the one language it
 * is detected to be in; a query word is stemmed in every language, because a short query says
 * little about its language, and matches whichever stem the stored text has.
 */

const STEMMERS = Object.fromEntries(
  LANGUAGES.map((language) => {
    const stemmer = snowball.newStemmer(language);
    return [language, (word: string) => stemmer.stem(word)];
  }),
) as Record<Language, (word: string) => string>;

/** Letters and digits, with inner apostrophes and hyphens kept out (they split words). */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Word {
  /** As written. */
  text: string;
  /** Lower case, unfolded (the stemmers know umlauts and accents). */
  lower: string;
}

/** The words of a text, in order, stop words and single characters left out. */
export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.normalize("NFC").matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if ([...lower].length < 2 || ALL_STOPWORDS.has(lower)) continue;
    result.push({ text: match[0], lower });
  }
  return result;
}

/** The language with most stop words in the text; English when none shows. */
export function detectLanguage(text: string): Language {
  const counts = new Map<Language, number>();
  for (const match of text.normalize("NFC").toLowerCase().matchAll(WORD)) {
    for (const language of LANGUAGES) {
      if (stopwordSets[language].has(match[0])) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best: Language = "english";
  let most = 0;
  for (const [language, count] of counts) {
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

/** One word's index term in one language: stemmed, then folded. */
export const termOf = (lower: string, language: Language): string => foldForSearch(STEMMERS[language](lower));

/** A stored text's index terms, in its detected language. */
export function documentTerms(text: string, language = detectLanguage(text)): string[] {
  return words(text).map((word) => termOf(word.lower, language));
}

/** The most distinct words of a query that count; the rest is noise to a ranking. */
export const QUERY_WORDS_MAX = 64;

/**
 * A query's words, each as the set of its terms in every language (a word matches a stored text
 * when any of them is among that text's terms); repeated words once.
 */
export function queryTerms(text: string): string[][] {
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const word of words(text)) {
    if (seen.has(word.lower)) continue;
    seen.add(word.lower);
    result.push([...new Set(LANGUAGES.map((language) => termOf(word.lower, language)))]);
    if (result.length === QUERY_WORDS_MAX) break;
  }
  return result;
}

/** The words of `text` (as written, once each) whose term in its language is one of `terms`. */
export function matchedWords(text: string, terms: ReadonlySet<string>): string[] {
  const language = detectLanguage(text);
  const found = new Set<string>();
  for (const word of words(text)) {
    if (terms.has(termOf(word.lower, language))) found.add(word.text);
  }
  return [...found];
}
