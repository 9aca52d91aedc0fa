// Back, Change on the review screen, switching language half-way, typed IPC errors, and the
// window kept to the app: no page from outside, no new window, no script or picture the
// content security policy does not allow.

import { $, browser, expect } from "@wdio/globals";
import {
  answer,
  appSaid,
  byMeasure,
  chooseLanguage,
  coreCards,
  currentQuestion,
  currentScreen,
  outsideServer,
  results,
  startOver,
  tapOption,
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
    await tapOption("woman");
    await tapOption("veteran");
    expect([await pressed("woman"), await pressed("veteran")]).toEqual([true, true]);
    // The exclusive option clears the others…
    await tapOption("other_person");
    expect([await pressed("woman"), await pressed("veteran"), await pressed("other_person")]).toEqual([false, false, true]);
    // …and choosing another group clears it.
    await tapOption("graduate");
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

  it("the window refuses to show a page outside the app, though the page is there", async () => {
    const outside = await outsideServer();
    try {
      // The page is really there: anything but the window may load it.
      const page = await fetch(outside.url);
      expect(await page.text()).toContain("outside the app");
      outside.requests.length = 0;

      await startOver("zh-CN");
      await browser.execute(() => {
        (window as unknown as { stayed: string }).stayed = "here";
      });
      await browser.execute((url) => {
        window.location.href = url;
      }, outside.url);
      await appSaid(`refused to show ${outside.url}`);
      // Refused before a request was made: the page on screen is the one it was.
      expect(outside.requests).toEqual([]);
      expect(await browser.execute(() => (window as unknown as { stayed?: string }).stayed)).toBe("here");
      expect(await browser.getUrl()).not.toContain("127.0.0.1");
      expect(await currentScreen()).toBe("question");
    } finally {
      outside.close();
    }
  });

  it("the window opens no new window", async () => {
    const outside = await outsideServer();
    try {
      const before = await browser.getWindowHandles();
      // Without a tap, WebKit itself blocks it.
      expect(await browser.execute((url) => window.open(url) === null, outside.url)).toBe(true);
      // A tap on a link that opens a new window reaches the shell, which refuses it.
      await browser.execute((url) => {
        const link = document.createElement("a");
        link.href = url;
        link.target = "_blank";
        link.textContent = "outside";
        link.id = "outside-link";
        link.style.cssText = "position:fixed;top:0;left:0;z-index:99999;padding:20px;background:#fff";
        document.body.append(link);
      }, outside.url);
      await $("#outside-link").click();
      await appSaid(`refused a new window for ${outside.url}`);
      expect(await browser.getWindowHandles()).toEqual(before);
      expect(outside.requests).toEqual([]);
      await browser.execute(() => document.getElementById("outside-link")?.remove());
    } finally {
      outside.close();
    }
  });

  it("the content security policy refuses an inline script and a picture from outside", async () => {
    const outside = await outsideServer();
    try {
      const outcome = await browser.executeAsync(
        (url: string, done: (r: { ran: boolean; violated: string[]; picture: string; policy: string }) => void) => {
          const violated: string[] = [];
          let picture = "";
          let policy = "";
          const finish = () => {
            const scriptRefused = violated.some((d) => d.startsWith("script-src"));
            if (picture && scriptRefused) done({ ran: false, violated, picture, policy });
          };
          document.addEventListener("securitypolicyviolation", (e) => {
            violated.push(e.effectiveDirective);
            policy = e.originalPolicy;
            finish();
          });
          const script = document.createElement("script");
          script.textContent = "window.injected = true;";
          document.body.append(script);
          if ((window as unknown as { injected?: boolean }).injected) {
            done({ ran: true, violated, picture, policy });
            return;
          }
          const img = document.createElement("img");
          img.onload = () => ((picture = "loaded"), finish());
          img.onerror = () => ((picture = "refused"), finish());
          img.src = `${url}pixel.png`;
          document.body.append(img);
        },
        outside.url,
      );
      expect(outcome.ran).toBe(false);
      // The policy in force is in the message if this fails.
      expect({ picture: outcome.picture, policy: outcome.policy }).toMatchObject({ picture: "refused" });
      expect(outcome.violated).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), "img-src"]));
      expect(outside.requests).toEqual([]);
    } finally {
      outside.close();
    }
  });
});
