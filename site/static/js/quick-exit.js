/*
 * Quick exit, after the GOV.UK "Exit this page" pattern.
 * The button (a plain link without JavaScript) and pressing Shift three times both hide the page
 * at once and replace it, in the browser history too, with a neutral site.
 * Only a press of Shift on its own counts (down and up with no other key between): Shift held
 * for capitals while typing a name must never exit, so any other key starts the count again.
 * It cannot erase browsing history: the safety page says so.
 */
(function () {
  "use strict";
  var container = document.querySelector(".quick-exit");
  if (!container) return;
  var exitUrl = container.getAttribute("data-quick-exit-url");
  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 2000; // the three presses within this time: quick, yet not a race
  var presses = [];
  var shiftAlone = false;

  function exitPage() {
    document.documentElement.classList.add("quick-exit--exiting");
    document.title = "Loading";
    window.location.replace(exitUrl);
  }

  var button = container.querySelector("[data-quick-exit]");
  button.addEventListener("click", function (event) {
    event.preventDefault();
    exitPage();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    presses = [];
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone) return;
    shiftAlone = false;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      exitPage();
    }
  });

  // If the browser restores this page from its back-forward cache, do not show it again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.documentElement.classList.contains("quick-exit--exiting")) {
      window.location.replace(exitUrl);
    }
  });
})();
