// embed.html: the calculator for hosts that cannot run module scripts, in an iframe.
//
//   <iframe src="https://calculator.example/embed.html?rule=schengen&lang=en" title="Stay calculator"></iframe>
//
// The query sets the widget's attributes: rule, lang, on, theme, persist, nationality, and compact (on
// unless `compact=false`). The page posts to its parent window
//   {type: "staycalc-change", detail}  whenever the answer changes (detail as the element's event),
//   {type: "staycalc-resize", height}  whenever its content's height changes, in CSS pixels,
// so the host can react and size the iframe to fit.
import "./stay-calculator.js";

const query = new URLSearchParams(location.search);
const widget = document.createElement("stay-calculator");
for (const name of ["rule", "lang", "on", "theme", "persist", "nationality"]) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (query.get("compact") !== "false") widget.setAttribute("compact", "");
/** The page's title in the calculator's language (the iframe's own title is the host's). */
const TITLE = { ru: "Калькулятор срока пребывания", kk: "Болу мерзімі калькуляторы" };
if (query.has("lang")) {
  document.documentElement.lang = query.get("lang");
  document.title = TITLE[query.get("lang")] ?? document.title;
}

/** Posts `message` to the page that holds this one, if any. */
function tell(message) {
  if (window.parent !== window) window.parent.postMessage(message, "*");
}

widget.addEventListener("staycalc-change", (event) => tell({ type: "staycalc-change", detail: event.detail }));

let height = 0;
new ResizeObserver(() => {
  const now = Math.ceil(document.body.getBoundingClientRect().height);
  if (now === height) return;
  height = now;
  tell({ type: "staycalc-resize", height });
}).observe(document.body);

document.body.append(widget);
