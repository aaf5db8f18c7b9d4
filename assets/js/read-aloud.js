/* Read aloud: speaks the question, its hint and its options with the browser's own voice.
   It adds its button only where the browser can speak, never starts by itself, and reads exactly
   the words on the screen (the elements marked data-speak, in page order). */
(function () {
  "use strict";
  var slot = document.getElementById("read-aloud");
  if (!slot || !("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var synth = window.speechSynthesis;
  // The page gives the button's words in its own language.
  var READ = slot.getAttribute("data-read") || "Read aloud";
  var STOP = slot.getAttribute("data-stop") || "Stop reading";
  var speaking = false;

  var button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary read-aloud__button";
  button.textContent = READ;

  function wordsOnScreen() {
    var parts = [];
    var marked = document.querySelectorAll("[data-speak]");
    for (var i = 0; i < marked.length; i++) {
      var text = (marked[i].textContent || "").replace(/\s+/g, " ").trim();
      if (text) {
        parts.push(text);
      }
    }
    return parts;
  }

  function finished() {
    speaking = false;
    button.textContent = READ;
  }

  button.addEventListener("click", function () {
    if (speaking) {
      synth.cancel();
      finished();
      return;
    }
    var parts = wordsOnScreen();
    if (!parts.length) {
      return;
    }
    synth.cancel();
    speaking = true;
    button.textContent = STOP;
    parts.forEach(function (part, index) {
      var utterance = new window.SpeechSynthesisUtterance(part);
      utterance.lang = document.documentElement.lang || "en-GB";
      utterance.rate = 0.9;
      if (index === parts.length - 1) {
        utterance.onend = finished;
        utterance.onerror = finished;
      }
      synth.speak(utterance);
    });
  });

  window.addEventListener("pagehide", function () {
    synth.cancel();
  });
  slot.appendChild(button);
})();
