/* gkcat search: substring search over the index, widened by its synonym table; no network,
   works from file://. search-index.js lists the index's parts (one script per domain); they
   are loaded in order and searched as each arrives, so the first results show early. */
(function () {
  "use strict";

  var FIELDS = [
    ["title", "公开事项"],
    ["content", "公开内容"],
    ["basis", "公开依据"],
    ["subject", "公开主体"],
    ["id", "事项编码"]
  ];
  var LIMIT = 200;
  var SNIPPET = 36;

  var data = window.GKCAT_SEARCH;
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("results");
  if (!input || !status || !list) {
    return;
  }
  function unavailable(file) {
    return "搜索索引（" + file + "）未能加载，请从目录总览浏览。";
  }
  if (!data || !Array.isArray(data.parts)) {
    status.textContent = unavailable("static/search-index.js");
    return;
  }

  // Chinese has no spaces, so matching is by substring; NFKC folds full-width letters and digits.
  function fold(text) {
    return String(text).normalize("NFKC").toLowerCase();
  }

  var entries = [];
  var waiting = data.parts.length;
  var problem = "";

  function entry(item) {
    var folded = {};
    FIELDS.forEach(function (field) {
      folded[field[0]] = fold(item[field[0]] || "");
    });
    return { item: item, folded: folded };
  }

  // Called by each part (static/search/*.js) with its domain's records, in the listed order.
  data.add = function (domain, items) {
    items.forEach(function (item) { entries.push(entry(item)); });
  };

  var synonyms = data.synonyms || {};
  var synonymKeys = Object.keys(synonyms);

  // Each query word with the words the synonym table adds: 低保 → 最低生活保障, and a word
  // containing a table word is rewritten too (低保金 → 最低生活保障金).
  function alternatives(word) {
    var found = [word];
    synonymKeys.forEach(function (key) {
      if (word.indexOf(key) === -1) { return; }
      synonyms[key].forEach(function (other) {
        var variant = word.split(key).join(other);
        if (found.indexOf(variant) === -1) { found.push(variant); }
      });
    });
    return found;
  }

  function terms(query) {
    return fold(query).split(/\s+/).filter(function (t) { return t.length > 0; }).map(alternatives);
  }

  function flat(words) {
    return words.reduce(function (all, alts) { return all.concat(alts); }, []);
  }

  function hits(text, alts) {
    return alts.some(function (alt) { return text.indexOf(alt) !== -1; });
  }

  function matches(entry, words) {
    return words.every(function (alts) {
      return FIELDS.some(function (field) { return hits(entry.folded[field[0]], alts); });
    });
  }

  function rank(entry, words) {
    return words.filter(function (alts) { return hits(entry.folded.title, alts); }).length;
  }

  // Append text to parent with every occurrence of the words wrapped in <mark> (never innerHTML).
  function highlight(parent, text, words) {
    var folded = fold(text);
    if (folded.length !== text.length) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    var marks = new Array(text.length).fill(false);
    words.forEach(function (word) {
      var at = folded.indexOf(word);
      while (at !== -1) {
        for (var i = at; i < at + word.length; i += 1) { marks[i] = true; }
        at = folded.indexOf(word, at + 1);
      }
    });
    var start = 0;
    for (var j = 1; j <= text.length; j += 1) {
      if (j === text.length || marks[j] !== marks[start]) {
        var piece = text.slice(start, j);
        if (marks[start]) {
          var mark = document.createElement("mark");
          mark.textContent = piece;
          parent.appendChild(mark);
        } else {
          parent.appendChild(document.createTextNode(piece));
        }
        start = j;
      }
    }
  }

  function snippet(text, folded, words) {
    var first = -1;
    words.forEach(function (w) {
      var at = folded.indexOf(w);
      if (at !== -1 && (first === -1 || at < first)) { first = at; }
    });
    if (first === -1 || text.length <= SNIPPET * 2) { return text; }
    var from = Math.max(0, first - SNIPPET / 2);
    var to = Math.min(text.length, from + SNIPPET * 2);
    return (from > 0 ? "…" : "") + text.slice(from, to) + (to < text.length ? "…" : "");
  }

  function render(entry, words) {
    var item = entry.item;
    var li = document.createElement("li");
    li.setAttribute("data-item", item.id);
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = item.href;
    highlight(link, item.title, words);
    heading.appendChild(link);
    li.appendChild(heading);
    var where = document.createElement("p");
    where.className = "where";
    where.textContent = item.catalog + " · " + item.subject + " · " + item.id;
    li.appendChild(where);
    var details = document.createElement("dl");
    FIELDS.slice(1, 4).forEach(function (field) {
      var key = field[0];
      var hit = words.some(function (w) { return entry.folded[key].indexOf(w) !== -1; });
      if (!hit && key !== "content") { return; }
      var dt = document.createElement("dt");
      dt.textContent = field[1];
      var dd = document.createElement("dd");
      var shown = hit ? snippet(item[key], entry.folded[key], words) : item[key];
      highlight(dd, shown, words);
      details.appendChild(dt);
      details.appendChild(dd);
    });
    li.appendChild(details);
    return li;
  }

  var timer = null;
  function announce(text, now) {
    // Announce once typing pauses, so screen readers are not flooded on every keystroke.
    window.clearTimeout(timer);
    if (now) {
      status.textContent = text;
    } else {
      timer = window.setTimeout(function () { status.textContent = text; }, 400);
    }
  }

  function loading() {
    if (input.value.trim() && !problem) {
      var done = data.parts.length - waiting;
      announce("正在载入搜索索引（" + done + "/" + data.parts.length + "）……", true);
    }
  }

  function search(now) {
    var query = input.value;
    var words = terms(query);
    list.textContent = "";
    if (words.length === 0) {
      announce(problem, now);
      return;
    }
    var found = entries
      .map(function (entry, index) { return { entry: entry, index: index }; })
      .filter(function (hit) { return matches(hit.entry, words); });
    found.sort(function (a, b) {
      return rank(b.entry, words) - rank(a.entry, words) || a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    var marked = flat(words);
    found.slice(0, LIMIT).forEach(function (hit) { fragment.appendChild(render(hit.entry, marked)); });
    list.appendChild(fragment);
    list.setAttribute("data-count", String(found.length));
    var shown = found.length > LIMIT ? "，显示前" + LIMIT + "项" : "";
    if (problem) {
      announce(problem, true);
    } else if (waiting > 0) {
      loading();  // not a count yet: more parts of the index are on their way
    } else {
      announce(found.length === 0
        ? "没有找到包含「" + query.trim() + "」的公开事项"
        : "找到" + found.length + "项公开事项" + shown, now);
    }
  }

  function remember() {
    try {
      var query = input.value.trim();
      var search = query ? "?q=" + encodeURIComponent(query) : "";
      window.history.replaceState(null, "", window.location.pathname + search);
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the search works without it.
    }
  }

  input.addEventListener("input", function () { search(false); remember(); });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
  }
  search(true);

  // Scripts added by script run in the order added when async is off; the parts' paths are
  // relative to the site root, where search.html is.
  data.parts.forEach(function (file) {
    var script = document.createElement("script");
    script.async = false;
    script.src = file;
    script.addEventListener("load", function () {
      waiting -= 1;
      // Search again when the index is complete, or while nothing has been found yet (the
      // first results show as soon as their part arrives); otherwise only count the parts,
      // since searching and rendering again for every part would slow a phone down.
      if (waiting === 0 || !list.firstChild) {
        search(true);
      } else {
        loading();
      }
    });
    script.addEventListener("error", function () {
      problem = problem || unavailable(file);
      search(true);
    });
    document.body.appendChild(script);
  });
})();
