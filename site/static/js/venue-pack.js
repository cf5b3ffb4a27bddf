// Venue toolkit progress: asks for the pack's status every two seconds and shows it; when the
// pack is ready, reloads the page to show the download link. Without JavaScript the page's
// own "Refresh" link does the same.
(function () {
  "use strict";
  var box = document.getElementById("pack-status");
  if (!box || box.dataset.status !== "building") {
    return;
  }
  var progress = box.querySelector("progress");
  var count = box.querySelector(".pack-status__count");
  function check() {
    fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (pack) {
        if (pack.status !== "building") {
          window.location.reload();
          return;
        }
        if (progress) {
          progress.value = pack.percent;
          progress.textContent = pack.percent + "%";
        }
        if (count && pack.total) {
          count.textContent = count.textContent.replace(/\d+/, String(pack.done));
        }
        window.setTimeout(check, 2000);
      })
      .catch(function () { window.setTimeout(check, 5000); });
  }
  window.setTimeout(check, 1000);
})();
