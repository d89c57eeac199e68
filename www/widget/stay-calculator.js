// <stay-calculator>: the staycalc calculator as a custom element, for any page.
//
//   <script type="module" src="https://calculator.example/widget/stay-calculator.js"></script>
//   <stay-calculator rule="schengen" lang="en"></stay-calculator>
//
// Each element renders the calculator in its own shadow root, styled only by the widget's
// stylesheets (the app's style.css and widget/stay-calculator.css, from this script's own
// site), so the host's CSS cannot reach in and the widget's cannot leak out. Every element on
// the page shares one load of the WebAssembly module, started when the first one is placed;
// until it is ready each shows a small placeholder, and the host page renders as if the
// widget were not there. No inline script or style: it works under a strict CSP.
//
// Attributes: rule, lang, on, compact, persist (read by the calculator: src/web/widget/
// settings.rs), theme (stylesheet only). The element dispatches `staycalc-change`
// (bubbles, composed) with the answer as `detail` whenever the answer changes; `element.answer`
// holds the latest. embed-docs.html documents all of it for people who embed the widget.

const ROOT = new URL("../", import.meta.url);
const STYLESHEETS = ["style.css", "widget/stay-calculator.css"].map((path) => new URL(path, ROOT).href);
const SETTINGS = ["rule", "lang", "on", "compact", "persist", "nationality"];

/** What the placeholder says while the calculator loads, and if it cannot. */
const PLACEHOLDER = {
  en: ["Loading the stay calculator…", "The stay calculator could not load."],
  ru: [
    "Загрузка калькулятора срока пребывания…",
    "Не удалось загрузить калькулятор срока пребывания.",
  ],
  kk: [
    "Болу мерзімі калькуляторы жүктелуде…",
    "Болу мерзімі калькуляторын жүктеу мүмкін болмады.",
  ],
};

let engine;

/** The WebAssembly module, loaded once for every widget on the page. */
function loadEngine() {
  engine ??= import(new URL("pkg/staycalc.js", ROOT).href).then(async (module) => {
    await module.default({ module_or_path: new URL("pkg/staycalc_bg.wasm", ROOT) });
    return module;
  });
  return engine;
}

/** Resolves once `link` has loaded (or failed: the widget still works, if plainly). */
function loaded(link) {
  return new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
  });
}

class StayCalculator extends HTMLElement {
  // `theme` is not observed: the stylesheet follows it by itself (:host([theme="dark"])).
  static observedAttributes = SETTINGS;

  #handle = null;
  #mounting = null;
  #styled;
  #container;
  #placeholder;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    const links = STYLESHEETS.map((href) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      return link;
    });
    this.#styled = Promise.all(links.map(loaded));
    this.#placeholder = document.createElement("p");
    this.#placeholder.className = "staycalc-placeholder";
    this.#placeholder.setAttribute("role", "status");
    this.#container = document.createElement("div");
    this.#container.className = "staycalc-root";
    this.#container.append(this.#placeholder);
    root.append(...links, this.#container);
    this.#say(0);
  }

  /** The latest answer (the last `staycalc-change` event's detail), or null before the first. */
  get answer() {
    return this.#handle?.answer() ?? null;
  }

  connectedCallback() {
    if (this.#handle) return;
    // Mounted once its language's texts are here too (Russian and Kazakh are chunks of the
    // wasm of their own, fetched when first wanted), so it never starts in another language,
    // and once the widget's own code is (a chunk too: the traveller page does not need it).
    const speaking = async () => {
      const module = await loadEngine();
      const [, code] = await Promise.all([module.loadLanguage(this.#lang()), module.loadWidget()]);
      if (!code) throw new Error("the widget's code could not be loaded");
      return module;
    };
    this.#mounting ??= Promise.all([speaking(), this.#styled]).then(
      ([module]) => {
        this.#mounting = null;
        if (!this.isConnected || this.#handle) return;
        this.#placeholder.remove();
        this.#handle = module.mountWidget(this.#container, this.#settings());
      },
      (error) => {
        this.#mounting = null;
        this.#say(1);
        console.error("stay-calculator:", error);
      },
    );
  }

  disconnectedCallback() {
    // A widget moved elsewhere in the page is disconnected and connected again at once: keep it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#handle) return;
      this.#handle.unmount();
      this.#handle = null;
      this.#say(0);
      this.#container.append(this.#placeholder);
    });
  }

  attributeChangedCallback(name) {
    if (name === "lang") this.#say(0);
    if (!this.#handle) return;
    this.#handle.set(name, name === "lang" ? this.#lang() : this.getAttribute(name));
  }

  /** The language: the element's `lang`, else the nearest one above it (the host page's). */
  #lang() {
    return this.closest("[lang]")?.getAttribute("lang") ?? null;
  }

  #settings() {
    const settings = {};
    for (const name of SETTINGS) settings[name] = this.getAttribute(name);
    settings.lang = this.#lang();
    return settings;
  }

  /** Puts text `which` (0: loading, 1: failed) of the element's language in the placeholder. */
  #say(which) {
    const lang = (this.#lang() ?? navigator.language ?? "en").slice(0, 2).toLowerCase();
    this.#placeholder.textContent = (PLACEHOLDER[lang] ?? PLACEHOLDER.en)[which];
  }
}

if (!customElements.get("stay-calculator")) {
  customElements.define("stay-calculator", StayCalculator);
}
