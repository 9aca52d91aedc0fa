// Back, Change on the review screen, switching language half-way, and typed IPC errors.

import { $, browser, expect } from "@wdio/globals";
import {
  answer,
  byMeasure,
  chooseLanguage,
  coreCards,
  currentQuestion,
  currentScreen,
  results,
  startOver,
  waitForScreen,
  walk,
} from "../helpers";

const graduate = {
  groups: ["graduate"],
  activity: "employed",
  rural_business: false,
  has_ip: false,
  contest_level: "none",
  in_demo_base: false,
  county: "shuocheng",
};

describe("moving around the wizard", () => {
  it("Back returns to the previous question with its answer chosen, to send again or change", async () => {
    await startOver("zh-CN");
    expect(await currentQuestion()).toBe("groups");
    await answer(["graduate"]);
    expect(await currentQuestion()).toBe("activity");
    await $('[data-testid="back"]').click();
    await browser.waitUntil(async () => (await currentQuestion()) === "groups");
    // Withdrawn, but not lost: the answer given shows chosen (issue #14), and Next sends it.
    expect(await $('form [data-value="graduate"]').getAttribute("aria-pressed")).toBe("true");
    expect(await $('[data-testid="next"]').isEnabled()).toBe(true);
    await $('[data-testid="back"]').click();
    await waitForScreen("welcome");
  });

  it("changing an answer on the review screen recomputes the results", async () => {
    await startOver("zh-CN");
    await walk(graduate);
    const before = await results();
    expect(before.find((c) => c.measure === "graduate-social-insurance-subsidy")?.status).toBe("ineligible");

    await $('[data-testid="review"]').click();
    await waitForScreen("review");
    await $('[data-testid="change-activity"]').click();
    expect(await currentQuestion()).toBe("activity");
    expect(await $('[data-value="employed"]').getAttribute("aria-pressed")).toBe("true");
    await $('[data-value="self_employed"]').click();
    await $('[data-testid="next"]').click();
    await waitForScreen("review");
    const after = await results();
    // Self-employed graduates are who the subsidy is for; the referenced policy's rules decide.
    expect(after.find((c) => c.measure === "graduate-social-insurance-subsidy")?.status).toBe("needs_review");
    expect(after.sort(byMeasure)).toEqual(coreCards({ ...graduate, activity: "self_employed" }).sort(byMeasure));
  });

  it("'none of the above' cannot be chosen with another group", async () => {
    await startOver("zh-CN");
    const pressed = async (v: string) => (await $(`form [data-value="${v}"]`).getAttribute("aria-pressed")) === "true";
    await $('form [data-value="woman"]').click();
    await $('form [data-value="veteran"]').click();
    expect([await pressed("woman"), await pressed("veteran")]).toEqual([true, true]);
    // The exclusive option clears the others…
    await $('form [data-value="other_person"]').click();
    expect([await pressed("woman"), await pressed("veteran"), await pressed("other_person")]).toEqual([false, false, true]);
    // …and choosing another group clears it.
    await $('form [data-value="graduate"]').click();
    expect([await pressed("other_person"), await pressed("graduate")]).toEqual([false, true]);
    await answer([]);
    expect(await currentQuestion()).toBe("activity");
  });

  it("switching language half-way keeps every answer", async () => {
    await startOver("zh-CN");
    await answer(["veteran"]);
    const question = await currentQuestion();
    const chinese = await $("h1").getText();
    await chooseLanguage("en");
    expect(await currentQuestion()).toBe(question);
    const english = await $("h1").getText();
    expect(english).not.toBe(chinese);
    expect(english).toMatch(/[A-Za-z]/);
    await chooseLanguage("zh-TW");
    expect(await currentQuestion()).toBe(question);
    await walk({ groups: ["veteran"], rural_business: false, has_ip: false, contest_level: "none", in_demo_base: false, county: "youyu" });
    const cards = await results();
    expect(cards.find((c) => c.measure === "veteran-startup-training")?.status).toBe("eligible");
    expect(await $("h1").getText()).toBe("您的結果");
  });

  it("a malformed IPC call gets a typed error and changes nothing", async () => {
    await startOver("en");
    await answer(["woman"]);
    const refused = await browser.executeAsync((done: (r: unknown) => void) => {
      // @ts-expect-error Tauri's IPC bridge
      window.__TAURI_INTERNALS__
        .invoke("answer", { question: "county", chosen: ["nowhere"] })
        .then(() => done("accepted"))
        .catch((e: unknown) => done(e));
    });
    expect(refused).toMatchObject({ code: "bad_answer" });
    const unknown = await browser.executeAsync((done: (r: unknown) => void) => {
      // @ts-expect-error Tauri's IPC bridge
      window.__TAURI_INTERNALS__
        .invoke("answer", { question: "no_such_question", chosen: ["true"] })
        .then(() => done("accepted"))
        .catch((e: unknown) => done(e));
    });
    expect(unknown).toMatchObject({ code: "bad_request" });
    const notAllowed = await browser.executeAsync((done: (r: unknown) => void) => {
      // @ts-expect-error Tauri's IPC bridge
      window.__TAURI_INTERNALS__
        .invoke("plugin:window|close", { label: "main" })
        .then(() => done("accepted"))
        .catch((e: unknown) => done(String(e)));
    });
    expect(notAllowed).not.toBe("accepted");
    // The refused calls left the wizard where it was.
    expect(await currentScreen()).toBe("question");
    expect(await currentQuestion()).not.toBe("groups");
  });

  it("one answer is one IPC call", async () => {
    // issue #12: the step after an answer comes whole in the answer's reply.
    await startOver("zh-CN");
    // ui/src/ipc.ts marks every call it makes.
    const calls = () =>
      browser.execute(() =>
        performance
          .getEntriesByType("mark")
          .map((m) => m.name)
          .filter((n) => n.startsWith("ipc:")),
      );
    const before = (await calls()).length;
    await answer(["veteran"]);
    await answer(false);
    expect((await calls()).slice(before)).toEqual(["ipc:answer", "ipc:answer"]);
  });

  it("navigation away from the app is blocked", async () => {
    await startOver("zh-CN");
    await browser.execute(() => {
      window.location.href = "https://example.com/";
    });
    await browser.pause(1500);
    const url = await browser.getUrl();
    expect(url).not.toContain("example.com");
    expect(await currentScreen()).toBe("question");
  });
});
