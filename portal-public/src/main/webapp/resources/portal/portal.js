// Art. 23: each text area with a limit says how many characters are left; without script the
// page still states the limit, and the server refuses a longer text with a message.
document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
  var counter = document.getElementById(area.getAttribute("data-counter"));
  var limit = Number(area.getAttribute("maxlength"));
  if (!counter || !limit) {
    return;
  }
  var template = counter.getAttribute("data-template");
  function update() {
    counter.textContent = template.replace("{0}", String(limit - area.value.length));
  }
  area.addEventListener("input", update);
  update();
});

// Statistics: a bar's length comes from its data-percent, set here because the portal's
// Content-Security-Policy allows no inline style; the numbers beside the bars and the tables carry
// the same figures for every reader.
document.querySelectorAll(".bar[data-percent]").forEach(function (bar) {
  var percent = Number(bar.getAttribute("data-percent"));
  if (percent >= 0 && percent <= 100) {
    bar.style.width = percent + "%";
  }
});
