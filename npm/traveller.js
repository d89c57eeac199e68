
// `Traveller`'s `daysUsed` and `daysRemaining` asked with a day number, in one call into the
// module (npm/fast-traveller.mjs appends this to a module's glue and makes each method ask it
// first): the module's private `travellerDays` takes the number and returns the answer, where
// wasm-bindgen's method hands the date over as a JS value for the module to ask about, and
// reads the answer back from memory. -1 means `travellerDays` cannot answer (a date out of
// range, a rule not in force, a stay with no exit, too many planned stays); that, a string, and
// a freed object go on to wasm-bindgen's method, which answers or throws as it always has
// (tests/js/many.test.mjs compares both with `evaluate`).
function travellerDaysOn(traveller, on, remaining) {
  const pointer = traveller.__wbg_ptr;
  return typeof on === "number" && pointer > 0 ? wasm.travellerDays(pointer, on, remaining) : -1;
}
