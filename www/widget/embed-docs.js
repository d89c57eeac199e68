// embed-docs.html (and its Russian and Kazakh pages, embed-docs.ru.html and embed-docs.kk.html):
// the snippets with this site's own addresses, the host page's reaction to the first example's
// event, and the iframe example sized by its messages, said in the page's language.

/** What the example host page says, in each page's language. */
const SAID = {
  en: {
    noAnswer: (code) => `The host page heard: no answer (${code}).`,
    heard: (d, stay, offer) =>
      `The host page heard: ${d.status}, ${d.days_used} of ${d.limit} days used, ${d.days_remaining} left${stay}.${offer}`,
    stay: (date) => `, may stay until ${date}`,
    offer: " It would offer a consultation now.",
    frameNoAnswer: (code) => `Last message: staycalc-change, no answer (${code}).`,
    frame: (d) => `Last message: staycalc-change, ${d.days_used} days used, ${d.days_remaining} left.`,
  },
  ru: {
    noAnswer: (code) => `Страница получила: результата нет (${code}).`,
    heard: (d, stay, offer) =>
      `Страница получила: ${d.status}, учтено ${d.days_used} из ${d.limit} дн., осталось ${d.days_remaining}${stay}.${offer}`,
    stay: (date) => `, оставаться можно до ${date}`,
    offer: " Сейчас она предложила бы консультацию.",
    frameNoAnswer: (code) => `Последнее сообщение: staycalc-change, результата нет (${code}).`,
    frame: (d) => `Последнее сообщение: staycalc-change, учтено ${d.days_used} дн., осталось ${d.days_remaining}.`,
  },
  kk: {
    noAnswer: (code) => `Бет алды: нәтиже жоқ (${code}).`,
    heard: (d, stay, offer) =>
      `Бет алды: ${d.status}, ${d.limit} күннің ${d.days_used} күні есептелді, ${d.days_remaining} күн қалды${stay}.${offer}`,
    stay: (date) => `, болуға болатын соңғы күн: ${date}`,
    offer: " Енді ол кеңес беруді ұсынар еді.",
    frameNoAnswer: (code) => `Соңғы хабар: staycalc-change, нәтиже жоқ (${code}).`,
    frame: (d) => `Соңғы хабар: staycalc-change, ${d.days_used} күн есептелді, ${d.days_remaining} күн қалды.`,
  },
};
const said = SAID[document.documentElement.lang] ?? SAID.en;

const base = new URL(".", location.href);
for (const span of document.querySelectorAll("[data-origin-of]")) {
  const path = span.dataset.originOf;
  span.textContent = span.textContent.replace(`"/${path}"`, `"${new URL(path, base).href}"`);
}

const reaction = document.getElementById("reaction");
document.getElementById("example-schengen").addEventListener("staycalc-change", (event) => {
  const { status, latest_exit, error } = event.detail;
  if (error) {
    reaction.textContent = said.noAnswer(error.code);
    return;
  }
  const stay = latest_exit ? said.stay(latest_exit) : "";
  const offer = status === "overstay" ? said.offer : "";
  reaction.textContent = said.heard(event.detail, stay, offer);
});

const frame = document.getElementById("example-frame");
const log = document.getElementById("frame-log");
addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || typeof event.data !== "object" || event.data === null) return;
  const { type, height, detail } = event.data;
  if (type === "staycalc-resize") frame.style.height = `${height}px`;
  if (type === "staycalc-change") {
    log.textContent = detail.error ? said.frameNoAnswer(detail.error.code) : said.frame(detail);
  }
});
