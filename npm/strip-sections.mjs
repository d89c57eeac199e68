// Drops the custom sections of WebAssembly files that nothing reads at run time ("name",
// "producers", "target_features": debuggers' function names, the tools' names, the features
// the build used), in place: a few hundred bytes gzipped of a module kept under a budget.
// Every other section is copied byte for byte. Fails on a file that is not WebAssembly.
//
//   node npm/strip-sections.mjs FILE.wasm...
import { readFileSync, writeFileSync } from "node:fs";

const DROPPED = new Set(["name", "producers", "target_features"]);

/** The unsigned LEB128 number at `at` in `bytes`, and where it ends. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error("cut inside a number");
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((byte, i) => bytes[i] !== byte)) {
    throw new Error(`${file}: not a WebAssembly 1.0 module`);
  }
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  let dropped = 0;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(bytes, at);
    const end = body + size;
    if (end > bytes.length) throw new Error(`${file}: a section runs past the end`);
    let drop = false;
    if (id === 0) {
      const [length, name] = leb(bytes, body);
      drop = DROPPED.has(bytes.subarray(name, name + length).toString("utf8"));
    }
    if (drop) dropped += end - start;
    else kept.push(bytes.subarray(start, end));
    at = end;
  }
  writeFileSync(file, Buffer.concat(kept));
  console.log(`${file}: ${dropped} bytes of custom sections dropped`);
}
