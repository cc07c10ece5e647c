/**
 * Short stop-word lists of the product's languages: words too common to say what a text is about,
 * left out of the index, and the evidence `detectLanguage` weighs to pick a stemmer.
 */
export const STOPWORDS = {
  english:
    "a an and are as at be been but by can could did do does for from had has have how i if in into is it its just me more my no not of on or our so that the their them then there these they this to too up us was we were what when which who will with would you your",
  german:
    "aber alle als also am an auch auf aus bei bin bis da damit dann das dass dem den der des die doch du durch ein eine einem einen einer es für hat hatte hier ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie sind so um und uns unser unsere von vor war wenn wie wir wird zu zum zur über",
  french:
    "au aux avec ce ces dans de des du elle en est et eux il ils je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous été être",
  spanish:
    "al algo como con de del el ella ellos en es esta este esto fue ha hay la las le lo los mas me mi muy más no nos nosotros o para pero por que se sin sobre su sus también te tu un una y ya él",
  portuguese:
    "ao aos as com como da das de do dos ela ele eles em entre essa esse este está foi isso lhe mais mas me meu minha muito na nas no nos nossa nosso não o os ou para pela pelo por que se sem seu sua são também te um uma você é",
} as const;

export type Language = keyof typeof STOPWORDS;

export const LANGUAGES = Object.keys(STOPWORDS) as Language[];

const setOf = (language: Language): ReadonlySet<string> => new Set(STOPWORDS[language].split(" "));

export const stopwordSets: Record<Language, ReadonlySet<string>> = {
  english: setOf("english"),
  german: setOf("german"),
  french: setOf("french"),
  spanish: setOf("spanish"),
  portuguese: setOf("portuguese"),
};

/** Every language's stop words together: none of them is indexed. */
export const ALL_STOPWORDS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((language) => [...stopwordSets[language]]),
);
