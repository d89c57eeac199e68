// embed-docs.html: the snippets with this site's own addresses, the host page's reaction to the
// first example's event, and the iframe example sized by its messages.

const base = new URL(".", location.href);
for (const span of document.querySelectorAll("[data-origin-of]")) {
  const path = span.dataset.originOf;
  span.textContent = span.textContent.replace(`"/${path}"`, `"${new URL(path, base).href}"`);
}

const reaction = document.getElementById("reaction");
document.getElementById("example-schengen").addEventListener("staycalc-change", (event) => {
  const { status, days_used, limit, days_remaining, latest_exit, error } = event.detail;
  if (error) {
    reaction.textContent = `The host page heard: no answer (${error.code}).`;
    return;
  }
  const stay = latest_exit ? `, may stay until ${latest_exit}` : "";
  const offer = status === "overstay" ? " It would offer a consultation now." : "";
  reaction.textContent =
    `The host page heard: ${status}, ${days_used} of ${limit} days used, ${days_remaining} left${stay}.${offer}`;
});

const frame = document.getElementById("example-frame");
const log = document.getElementById("frame-log");
addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || typeof event.data !== "object" || event.data === null) return;
  const { type, height, detail } = event.data;
  if (type === "staycalc-resize") frame.style.height = `${height}px`;
  if (type === "staycalc-change") {
    log.textContent = detail.error
      ? `Last message: staycalc-change, no answer (${detail.error.code}).`
      : `Last message: staycalc-change, ${detail.days_used} days used, ${detail.days_remaining} left.`;
  }
});
