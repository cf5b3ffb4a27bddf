// "Copy link" copies the page's address instead of following the link, and says so. Without
// JavaScript (or a clipboard) it stays a plain link to the page, which can be copied by hand.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.share__copy");
    if (!link || !navigator.clipboard) {
      return;
    }
    event.preventDefault();
    var status = link.closest(".share").querySelector(".share__status");
    navigator.clipboard.writeText(link.dataset.copyUrl).then(function () {
      if (status) {
        status.textContent = status.dataset.copied;
      }
    }, function () {
      window.location.href = link.href;
    });
  });
})();
