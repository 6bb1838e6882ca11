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

// Art. 23: the tags offered follow the grade: praise tags with a satisfied grade, problem tags with
// 不满意; a tag that no longer fits is unticked. Without script every tag is shown with the hint,
// and the server refuses a tag that does not fit the grade.
document.querySelectorAll("fieldset[data-praise]").forEach(function (group) {
  var form = group.closest("form");
  var praise = group.getAttribute("data-praise").split(" ");
  var satisfied = group.getAttribute("data-satisfied").split(" ");
  var grades = form.querySelectorAll("input[type=radio][name$=':grade']");
  function update() {
    var chosen = form.querySelector("input[type=radio][name$=':grade']:checked");
    group.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      var fits = chosen !== null
          && (praise.indexOf(box.value) >= 0) === (satisfied.indexOf(chosen.value) >= 0);
      (box.closest("li") || box.parentNode).hidden = !fits;
      if (!fits) {
        box.checked = false;
      }
    });
  }
  grades.forEach(function (radio) {
    radio.addEventListener("change", update);
  });
  update();
});

// Art. 23: the receipt's copy button, shown only where the browser can copy; the number and code
// stay on the page as text for every reader.
document.querySelectorAll("button[data-copy-text]").forEach(function (button) {
  var status = document.getElementById(button.getAttribute("data-copy-status"));
  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }
  if (!navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(button.getAttribute("data-copy-text")).then(
      function () { say(button.getAttribute("data-copied")); },
      function () { say(button.getAttribute("data-copy-failed")); });
  });
});
