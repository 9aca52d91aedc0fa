// Persona cases from tests/cases walked through the real UI, each in all three languages: the
// questions asked are the persona's, and the result cards shown — which measures, their
// statuses, the office to go to first, the "not sure" note, and the words a person reads on
// them: the title, the status, the reasons a measure does not apply, what nearly made it, the
// note on "not sure" answers, the office to go to first with why, the other offices in order —
// are exactly what the core computes and words for the same answers in that language.

import { expect } from "@wdio/globals";
import { coreWords, persona, results, shownWords, startOver, untranslated, walk } from "../helpers";

const personas = [
  "graduate-self-employed",
  "veteran-municipal-prize",
  "returnee-woman-with-children",
  "foreign-national-with-children",
  "hmt-resident-dev-zone",
  "specialized-sme-first-recognition",
  "incubator-2026-expired",
  "migrant-worker-not-rural",
  // "Not sure" answers, an exclusive option, a foreign national who also studied abroad.
  "migrant-worker-unsure-demo-base",
  "returnee-unsure-residence",
  "foreign-national-returnee",
  "other-person-getihu",
];

describe("persona cases in the real app", () => {
  // What the comparisons covered, so that a selector that finds nothing cannot pass unnoticed.
  const compared = { reasons: 0, nearMisses: 0, unsureNotes: 0, whyFirst: 0, others: 0 };
  after(() => {
    for (const [what, count] of Object.entries(compared)) {
      expect({ what, count }).toEqual({ what, count: expect.any(Number) });
      expect(count).toBeGreaterThan(0);
    }
  });

  for (const name of personas) {
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      it(`${name} (${locale}) is shown exactly what the core computes, in its words`, async () => {
        const { answers } = persona(name);
        await startOver(locale);
        const asked = await walk(answers);
        expect(asked.sort()).toEqual(Object.keys(answers).sort());
        await results();
        const shown = await shownWords();
        expect(shown.length).toBeGreaterThan(0);
        const byMeasure = (a: { measure: string }, b: { measure: string }) => a.measure.localeCompare(b.measure);
        expect(shown.sort(byMeasure)).toEqual(coreWords(answers, locale).sort(byMeasure));
        compared.reasons += shown.flatMap((c) => c.reasons).length;
        compared.nearMisses += shown.filter((c) => c.nearMiss !== null).length;
        compared.unsureNotes += shown.filter((c) => c.unsureNote !== null).length;
        compared.whyFirst += shown.filter((c) => c.firstContact?.why).length;
        compared.others += shown.flatMap((c) => c.others).length;
        expect(await untranslated()).toEqual([]);
      });
    }
  }
});
