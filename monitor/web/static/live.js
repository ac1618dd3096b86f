// Live overview: applies the /events stream (Server-Sent Events) to the companies table.
// Progressive enhancement: without JavaScript the page is complete as served. Every value from an event is
// set with textContent or a validated attribute, never parsed as HTML (policy text is hostile).
(function () {
  "use strict";
  var table = document.querySelector("table.companies[data-events]");
  if (!table || !window.EventSource) return;
  var status = document.querySelector(".live-status");
  var OUTCOMES = ["new", "unchanged", "changed", "error"];
  var SEVERITIES = ["none", "cosmetic", "minor", "major", "critical"];

  function say(text, on) {
    if (!status) return;
    status.hidden = false;
    status.textContent = text;
    status.classList.toggle("on", on);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function when(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()) + " " +
      pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + " UTC";
  }

  function time(iso) {
    var node = el("time", null, when(iso));
    node.setAttribute("datetime", iso);
    return node;
  }

  function shorten(text, limit) {
    text = text || "";
    return text.length <= limit ? text : text.slice(0, limit - 1) + "\u2026";
  }

  function sameSite(path) {
    // only site-relative links from the event (no scheme, no host)
    return typeof path === "string" && path.charAt(0) === "/" && path.charAt(1) !== "/" ? path : null;
  }

  function rowFor(slug) {
    var links = table.querySelectorAll("a.company-link[data-slug]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("data-slug") === slug) return links[i].closest("tr");
    }
    return null;
  }

  function showCheck(row, d) {
    var cell = row.querySelector("td.last-check");
    if (!cell) return;
    var outcome = OUTCOMES.indexOf(d.outcome) >= 0 ? d.outcome : "error";
    cell.textContent = "";
    cell.appendChild(time(d.started_at));
    cell.appendChild(document.createTextNode(" "));
    cell.appendChild(el("span", "muted", "just now"));
    cell.appendChild(el("br"));
    cell.appendChild(el("span", "outcome out-" + outcome, outcome));
    var streak = Number(d.failure_streak) || 0;
    row.classList.toggle("failing", streak > 0);
    if (streak > 0) {
      cell.appendChild(document.createTextNode(" "));
      cell.appendChild(el("span", "badge failing-badge", "failing \u00d7 " + streak));
      if (d.error) {
        var reason = el("div", "reason", shorten(d.error, 160));
        reason.title = d.error;
        cell.appendChild(reason);
      }
    }
  }

  function showChange(row, change) {
    var cell = row.querySelector("td.last-change");
    if (cell) {
      cell.textContent = "";
      cell.appendChild(time(change.created_at));
      cell.appendChild(el("div", "summary", shorten(change.summary, 200)));
      var href = sameSite(change.diff_url);
      if (href) {
        var link = el("a", "diff-link", "View diff");
        link.href = href;
        cell.appendChild(link);
      }
    }
    var sev = row.querySelector("td.severity");
    if (sev && SEVERITIES.indexOf(change.severity) >= 0) {
      sev.textContent = "";
      sev.appendChild(el("span", "badge sev-" + change.severity, change.severity));
      if (change.flip_flop) {
        sev.appendChild(document.createTextNode(" "));
        sev.appendChild(el("span", "flag", "flip-flop"));
      }
    }
  }

  function apply(event) {
    var d;
    try { d = JSON.parse(event.data); } catch (err) { return; }
    if (!d || typeof d.company !== "string") return;
    var row = rowFor(d.company);
    if (!row) return;
    showCheck(row, d);
    if (d.change) showChange(row, d.change);
    if (d.outcome === "new" || d.outcome === "changed") {
      var count = row.querySelector("td.num");
      if (count) count.textContent = String((parseInt(count.textContent, 10) || 0) + 1);
    }
    row.classList.add("updated");
    row.setAttribute("data-check-id", String(d.id));
  }

  var source = new EventSource(table.getAttribute("data-events"));
  source.addEventListener("open", function () { say("live", true); });
  source.addEventListener("error", function () { say("reconnecting\u2026", false); });
  source.addEventListener("check", apply);
  source.addEventListener("change", apply);
})();
