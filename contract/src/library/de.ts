import type { LibraryTranslation } from "./translation";

export const de: LibraryTranslation = {
  "weekly-learning": {
    text: "Was lernen wir diese Woche?",
    hint: "Kurz reihum; auch kleine Erkenntnisse zählen.",
  },
  "weekly-growing": {
    text: "Wie wachsen wir miteinander?",
    hint: "Fragen Sie nach einer Sache, bei der jemand geholfen hat.",
  },
  "weekly-next": {
    text: "Was können wir als Nächstes ausprobieren?",
    hint: "Machen Sie aus der besten Idee ein Experiment.",
  },
  "aar-intended": {
    text: "Was sollte passieren?",
    hint: "Erst den Plan klären, dann das Ergebnis bewerten.",
  },
  "aar-actual": {
    text: "Was ist tatsächlich passiert?",
    hint: "Zuerst die Fakten, keine Schuldzuweisungen.",
  },
  "aar-difference": {
    text: "Warum gab es einen Unterschied?",
    hint: "Ursachen im System suchen, nicht bei Personen.",
  },
  "aar-next-time": {
    text: "Was machen wir nächstes Mal?",
    hint: "Mit einer konkreten Änderung abschließen.",
  },
  "exp-small-bet": {
    text: "Welchen kleinen Versuch könnten wir diese Woche wagen?",
    hint: "Günstig und umkehrbar halten.",
  },
  "exp-surprise": {
    text: "Welches Experiment hat uns zuletzt überrascht?",
    hint: "In Überraschungen steckt das Lernen.",
  },
  "exp-stop": { text: "Womit sollten wir testweise aufhören?", hint: "Nur für eine Woche weglassen." },
  "exp-measure": {
    text: "Woran merken wir, ob unsere letzte Änderung gewirkt hat?",
    hint: "Nennen Sie ein Signal, auf das wir achten.",
  },
  "exp-prototype": {
    text: "Was könnten wir ausprobieren, statt darüber zu diskutieren?",
    hint: "Ein grober Entwurf bringt mehr als ein langer Thread.",
  },
  "ctx-outside": {
    text: "Was haben wir diese Woche von außerhalb des Teams gelernt?",
    hint: "Kunden, andere Teams, Artikel, Vorträge.",
  },
  "ctx-customer": {
    text: "Was hat uns ein Kunde kürzlich beigebracht?",
    hint: "Gern mit Zitat.",
  },
  "ctx-expert": {
    text: "Wessen Wissen könnte uns beim aktuellen Problem helfen?",
    hint: "Nennen Sie, wen wir fragen könnten: eine Person oder ein Team.",
  },
  "ctx-trend": {
    text: "Welche Veränderung in unserem Fachgebiet sollten wir im Blick behalten?",
    hint: "Ein Satz dazu, warum sie für uns wichtig ist.",
  },
  "ctx-data": {
    text: "Was sagen unsere Daten, worüber wir noch nicht gesprochen haben?",
    hint: "Bringen Sie eine Zahl mit.",
  },
  "vic-peer": {
    text: "Was haben Sie gelernt, als Sie jemandem aus dem Team bei der Arbeit zugesehen haben?",
    hint: "Bedanken Sie sich namentlich.",
  },
  "vic-other-team": {
    text: "Was könnten wir uns von einem anderen Team abschauen?",
    hint: "Gut abschauen ist auch eine Kunst.",
  },
  "vic-mistake": {
    text: "Aus wessen Fehler haben wir etwas gelernt, das wir selbst vermeiden können?",
    hint: "Lektionen teilen, keine Schuld zuweisen.",
  },
  "vic-pair": {
    text: "Was hat Ihnen Pairing oder ein Review diese Woche gezeigt?",
    hint: "Auch kleine Tipps sind willkommen.",
  },
  "vic-story": {
    text: "Welche Geschichte von jemand anderem hat Ihre Arbeitsweise verändert?",
    hint: "Höchstens eine Minute.",
  },
  "ref-assumption": {
    text: "Welche unserer Annahmen hat sich als falsch erwiesen?",
    hint: "Eine widerlegte Annahme ist eine gute Nachricht.",
  },
  "ref-process": {
    text: "Was an unserer Zusammenarbeit hat uns gebremst?",
    hint: "Sprechen Sie über den Ablauf, nicht über Personen.",
  },
  "ref-decision": {
    text: "Welche Entscheidung der letzten Zeit würden wir heute anders treffen?",
    hint: "Was wissen wir jetzt, was wir damals nicht wussten?",
  },
  "ref-goal": {
    text: "Arbeiten wir noch an dem, was am wichtigsten ist?",
    hint: "Mit dem Ziel des Teams abgleichen.",
  },
  "ref-habit": {
    text: "Welche Gewohnheit im Team sollten wir hinterfragen?",
    hint: "Eine Gewohnheit, nicht fünf.",
  },
  "safe-question": {
    text: "Welche Frage haben Sie sich bisher nicht zu stellen getraut?",
    hint: "Danken Sie der Person, die zuerst antwortet.",
  },
  "safe-help": {
    text: "Wobei könnten Sie diese Woche Hilfe gebrauchen?",
    hint: "Um Hilfe bitten ist eine Stärke.",
  },
  "safe-disagree": {
    text: "Was sehen Sie anders als der Rest von uns?",
    hint: "Die Führungskraft spricht zuletzt.",
  },
  "safe-failure": {
    text: "Was lief nicht wie geplant, und was haben Sie daraus gelernt?",
    hint: "Feiern Sie die Erkenntnis.",
  },
  "safe-unsaid": {
    text: "Worüber sollten wir sprechen, tun es aber nicht?",
    hint: "Hier passt die Option „Wenn die Moderation sie aufdeckt“.",
  },
};
