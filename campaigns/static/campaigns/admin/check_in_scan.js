// Check-in: scan a ticket's QR code with the phone's camera. The browser reads it itself where
// it has BarcodeDetector; otherwise each camera frame goes to the server, which reads it. A
// code found is sent with the ticket form, exactly as if it had been typed. Without a camera
// or without this script, the ticket code box and the name search still work.
(function () {
  "use strict";
  var section = document.querySelector("[data-ticket-scanner]");
  var form = document.getElementById("ticket-form");
  if (!section || !form || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  section.hidden = false;
  var video = section.querySelector("video");
  var status = section.querySelector("[data-status]");
  var start = section.querySelector("[data-start]");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var detector = null;
  if ("BarcodeDetector" in window) {
    try { detector = new window.BarcodeDetector({ formats: ["qr_code"] }); } catch (e) { detector = null; }
  }
  var stream = null;
  var busy = false;
  var timer = null;

  function found(code) {
    window.clearInterval(timer);
    stream.getTracks().forEach(function (track) { track.stop(); });
    form.querySelector("input[name=ticket]").value = code;
    status.textContent = "Ticket read: checking it…";
    form.submit();
  }

  function readOnServer() {
    var canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    if (!canvas.width) { return Promise.resolve(null); }
    canvas.getContext("2d").drawImage(video, 0, 0);
    return new Promise(function (resolve) { canvas.toBlob(resolve, "image/jpeg", 0.85); })
      .then(function (blob) {
        return fetch(section.dataset.readUrl, {
          method: "POST", body: blob, credentials: "same-origin",
          headers: { "X-CSRFToken": token, "Content-Type": "image/jpeg" }
        });
      })
      .then(function (response) { return response.ok ? response.json() : { code: null }; })
      .then(function (data) { return data.code; });
  }

  function tick() {
    if (busy || !stream) { return; }
    busy = true;
    var reading = detector
      ? detector.detect(video).then(function (codes) { return codes.length ? codes[0].rawValue : null; })
      : readOnServer();
    reading.then(function (code) { if (code) { found(code); } })
      .catch(function () { status.textContent = "Could not read the camera: type the code instead."; })
      .then(function () { busy = false; });
  }

  start.addEventListener("click", function () {
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        start.hidden = true;
        status.textContent = "Point the camera at the ticket's QR code.";
        return video.play();
      })
      .then(function () { timer = window.setInterval(tick, 400); })
      .catch(function () {
        status.textContent = "The camera is not available: type the ticket code or search by name.";
      });
  });
}());
