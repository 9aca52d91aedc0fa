// Persona cases from tests/cases walked through the real UI: the result cards shown (ids and
// statuses) must equal what the core computes for the same answers.

import { expect } from "@wdio/globals";
import { byMeasure, coreCards, persona, results, startOver, untranslated, walk } from "../helpers";

const personas: [string, string][] = [
  ["graduate-self-employed", "zh-CN"],
  ["veteran-municipal-prize", "zh-CN"],
  ["returnee-woman-with-children", "en"],
  ["foreign-national-with-children", "en"],
  ["hmt-youth-dev-zone", "zh-TW"],
  ["specialized-sme-first-recognition", "zh-CN"],
  ["incubator-2026-expired", "zh-TW"],
  ["migrant-worker-not-rural", "zh-CN"],
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
