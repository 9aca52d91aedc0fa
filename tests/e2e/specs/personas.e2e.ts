// Persona cases from tests/cases walked through the real UI: the result cards shown (ids,
// statuses, the office to go to first, the "not sure" note) must equal what the core computes
// for the same answers.

import { expect } from "@wdio/globals";
import { byMeasure, coreCards, persona, results, startOver, untranslated, walk } from "../helpers";

const personas: [string, string][] = [
  ["graduate-self-employed", "zh-CN"],
  ["veteran-municipal-prize", "zh-CN"],
  ["returnee-woman-with-children", "en"],
  ["foreign-national-with-children", "en"],
  ["hmt-resident-dev-zone", "zh-TW"],
  ["specialized-sme-first-recognition", "zh-CN"],
  ["incubator-2026-expired", "zh-TW"],
  ["migrant-worker-not-rural", "zh-CN"],
  // "Not sure" answers, an exclusive option, a foreign national who also studied abroad.
  ["migrant-worker-unsure-demo-base", "zh-CN"],
  ["returnee-unsure-residence", "zh-TW"],
  ["foreign-national-returnee", "en"],
  ["other-person-getihu", "zh-CN"],
];

describe("persona cases in the real app", () => {
  for (const [name, locale] of personas) {
    it(`${name} (${locale}) is shown exactly what the core computes`, async () => {
      const { answers } = persona(name);
      await startOver(locale);
      const asked = await walk(answers);
      expect(asked.sort()).toEqual(Object.keys(answers).sort());
      const shown = await results();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.sort(byMeasure)).toEqual(coreCards(answers, locale).sort(byMeasure));
      expect(await untranslated()).toEqual([]);
    });
  }
});
