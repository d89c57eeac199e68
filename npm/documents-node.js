// The Node entry of `staycalc/documents`: it loads the documents module's WebAssembly
// synchronously from the file beside it, so `evaluateDocuments` works as soon as it is
// imported, as the main entry (../node.js) does for `staycalc`. A WebAssembly instance of its
// own.
import { readFileSync } from "node:fs";
import { initSync } from "./staycalc_documents.js";

initSync({ module: readFileSync(new URL("./staycalc_documents_bg.wasm", import.meta.url)) });

export * from "./staycalc_documents.js";
export { default } from "./staycalc_documents.js";
