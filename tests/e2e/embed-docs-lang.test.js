// The embedding page in Russian and Kazakh (embed-docs.ru.html, embed-docs.kk.html), for the
// web developers of Kazakhstan's consultancies: served under the same policy, the same live
// examples and rule ids as the widget, the host's reaction said in the page's language, links
// between the three languages, no English outside code and cited names, and the app's footer
// linking to the page in the app's language. Screenshots at 375 px and on desktop.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { enterStays, eventually, open, screenshot, start, text } from "./harness.js";
import { openHost, widgetReady } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** Latin words a developer's page in Russian or Kazakh may hold outside code: technical names. */
const TECHNICAL = new Set([
  "HTML", "HR", "WebAssembly", "CSS", "JavaScript", "CSP", "Content", "Security", "Policy", "CORS",
  "cookie", "iframe", "shadow", "root", "px",
]);

/**
 * The Latin words of the page's visible text outside code, cited names (lang="en"), widgets, and
 * the example host's lines, which echo the event's name and its `status` code.
 */
function latinWords(page) {
  return page.evaluate(() => {
    const words = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element.closest('code, pre, [lang="en"], stay-calculator, script, style, .host-reaction')) continue;
      words.push(...(node.textContent.match(/[A-Za-z]+/g) ?? []));
    }
    return words;
  });
}

for (const [lang, expected] of [
  [
    "ru",
    {
      h1: "Калькулятор срока пребывания на вашем сайте",
      heard: "Страница получила: ok, учтено 77 из 90 дн., осталось 13, оставаться можно до 2014-12-13.",
      frame: /^Последнее сообщение: staycalc-change, учтено 0 дн\., осталось 90\.$/,
    },
  ],
  [
    "kk",
    {
      h1: "Болу мерзімі калькуляторы сіздің сайтыңызда",
      heard: "Бет алды: ok, 90 күннің 77 күні есептелді, 13 күн қалды, болуға болатын соңғы күн: 2014-12-13.",
      frame: /^Соңғы хабар: staycalc-change, 0 күн есептелді, 90 күн қалды\.$/,
    },
  ],
]) {
  test(`the embedding page in ${lang}: examples, rule ids, the host's reaction, no English`, async () => {
    const { page, check } = await openHost(app.browser, app.url, `embed-docs.${lang}.html`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator("h1").textContent(), expected.h1);
    const response = await page.request.get(`${app.url}embed-docs.${lang}.html`);
    assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    assert.match(
      await page.getByTestId("snippet").textContent(),
      new RegExp(`^<script type="module" src="${app.url}widget/stay-calculator.js"></script>\\n<stay-calculator`),
    );
    const example = await widgetReady(page, "example-schengen");
    assert.equal(await example.locator(".staycalc").getAttribute("lang"), lang);
    const documented = await page.getByTestId("rule-ids").locator("tbody td:first-child").allTextContents();
    const offered = await example.getByTestId("rule-select").locator("option").evaluateAll((o) => o.map((x) => x.value));
    assert.deepEqual([...documented].sort(), [...offered].sort());
    // Each rule is named as the widget names it in this language.
    const names = await page.getByTestId("rule-ids").locator("tbody td:nth-child(2)").allTextContents();
    const options = await example.getByTestId("rule-select").locator("option").allTextContents();
    for (const name of names.slice(0, -1)) {
      assert.ok(options.includes(name.replace(/\s+/g, " ")), `${name} is not among ${options.join(" | ")}`);
    }
    await example.getByTestId("check-date").fill("2014-11-30");
    await enterStays(example, [["2014-08-15", "2014-09-30"], ["2014-11-01", "2014-11-30"]]);
    await eventually(() => text(page, "host-reaction"), expected.heard);
    await eventually(async () => expected.frame.test(await text(page, "frame-log")), true);
    assert.deepEqual(
      (await latinWords(page)).filter((word) => !TECHNICAL.has(word)),
      [],
      "no English word outside code and cited names",
    );
    // The three languages link to one another.
    const links = await page.getByTestId("doc-languages").locator("a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    assert.deepEqual(links, ["embed-docs.html", "embed-docs.ru.html", "embed-docs.kk.html"]);
    await screenshot(page, `embed-docs-${lang}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `embed-docs-${lang}-375`);
    await check();
  });
}

test("the app's footer links to the embedding page in the app's language", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("language").selectOption("kk");
  // The link follows the language once its chunk has loaded: click only then.
  const link = page.getByTestId("embed-docs-link");
  await eventually(() => link.getAttribute("href"), "embed-docs.kk.html", 15000);
  await link.click();
  await page.waitForURL(/embed-docs\.kk\.html$/);
  assert.equal(await page.locator("h1").textContent(), "Болу мерзімі калькуляторы сіздің сайтыңызда");
  await page.getByTestId("doc-languages").getByText("Русский").click();
  await page.waitForURL(/embed-docs\.ru\.html$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  check();
});
