
// `Traveller`'s `daysUsed` and `daysRemaining` asked with a day number (appended to a module's
// glue by npm/fast-traveller.mjs): one call into the module, a number in and a number out
// (its private `daysOn`), where wasm-bindgen's method hands the date over as a JS value for
// the module to ask about, and its answer back through memory. What `daysOn` cannot answer
// (it returns -1: a date out of range, a rule not in force, a stay with no exit, too many
// planned stays) and any other date go to wasm-bindgen's method, which answers or throws as
// it always has (tests/js/many.test.mjs compares both with `evaluate`).
{
  const prototype = Traveller.prototype;
  const daysUsedRead = prototype.daysUsed;
  const daysRemainingRead = prototype.daysRemaining;
  delete prototype.daysOn;
  prototype.daysUsed = function daysUsed(on) {
    if (typeof on === "number" && this.__wbg_ptr !== 0) {
      const days = wasm.traveller_daysOn(this.__wbg_ptr, on, 0);
      if (days >= 0) return days;
    }
    return daysUsedRead.call(this, on);
  };
  prototype.daysRemaining = function daysRemaining(on) {
    if (typeof on === "number" && this.__wbg_ptr !== 0) {
      const days = wasm.traveller_daysOn(this.__wbg_ptr, on, 1);
      if (days >= 0) return days;
    }
    return daysRemainingRead.call(this, on);
  };
}
