import ACData from "adaptivecards-templating";

/** An Adaptive Card as JSON, ready for `CardFactory.adaptiveCard`. */
export type CardJson = Record<string, unknown>;

/**
 * Expands a template from `templates/` with `adaptivecards-templating`. The data must already
 * hold escaped text (see card-text.ts): the engine inserts values as they are and never evaluates
 * expressions found inside them, so `${…}` typed by a person stays text.
 */
export function expandCard(template: object, data: object): CardJson {
  // A field the template uses and the data lacks would be left in the card as `${field}`: a bug in
  // the code that built the data, caught here. (The engine's own warnings cannot tell it apart
  // from a `$when` that is simply false.) Expansion is synchronous, so swapping the hook is safe.
  const missing: string[] = [];
  const previous = ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString;
  ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString = (path) => {
    missing.push(path);
    return "";
  };
  try {
    const card = new ACData.Template(template).expand({ $root: data }) as CardJson;
    if (missing.length) throw new Error(`card template expansion: no data for ${missing.join(", ")}`);
    return card;
  } finally {
    ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString = previous;
  }
}
