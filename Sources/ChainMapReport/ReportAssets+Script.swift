extension ReportAssets {
    /// The page's script. It reads the JSON data block and builds every piece of the page that shows map text
    /// with `createElement` and `textContent`: never `innerHTML`, never a string of markup. The only links it
    /// makes are http(s) source URLs. Its SHA-256 is in the page's Content-Security-Policy.
    static let script = #"""
(function () {
'use strict';
var dataNode = document.getElementById('chainmap-data');
var D = JSON.parse(dataNode.textContent);
var U = D.ui || {};
var records = D.records || [];
var byId = new Map();
records.forEach(function (r, i) { r.i = i; byId.set(r.id, r); });
var sources = D.sources || {};
var searchBox = document.getElementById('search');
var results = document.getElementById('search-results');
var detail = document.getElementById('detail');
var viewport = document.getElementById('viewport');
var mapSection = document.getElementById('sec-map');
var tabs = Array.prototype.slice.call(document.querySelectorAll('button.view-tab'));
var templates = (D.views || []).map(function (v, i) { return document.getElementById('view-' + i); });

function t(key) { return Object.prototype.hasOwnProperty.call(U, key) ? U[key] : key; }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function nameOf(r) { return (D.lang === 'en' && r.en) ? r.en : r.name; }
function nameById(id) { var r = byId.get(id); return r ? nameOf(r) : id; }
function kindWord(k) { return (D.kinds && D.kinds[k]) || k; }
function relationWord(k) { return (D.relations && D.relations[k]) || k; }
function safeURL(u) { return (typeof u === 'string' && /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(u)) ? u : null; }
function num(x) { return (typeof x === 'number' && isFinite(x)) ? (Math.round(x * 100) / 100).toString() : ''; }
function recordLink(id) {
  var b = el('button', 'linkish', nameById(id));
  b.type = 'button';
  b.title = id;
  b.addEventListener('click', function () { select(id); });
  return b;
}

// ---------------------------------------------------------------- views, pan and zoom
var XLINK = 'http://www.w3.org/1999/xlink';
var tooltip = el('div', 'tooltip');
tooltip.id = 'tooltip';
tooltip.setAttribute('role', 'tooltip');
document.body.appendChild(tooltip);
// A drawn node that is no record (an aggregate of enterprises): the words it shows.
function labelOf(id) {
  var g = current && current.nodes.get(id);
  if (!g) return id;
  return Array.prototype.map.call(g.querySelectorAll('text'), function (x) { return x.textContent; }).join(' ');
}
function endName(id) { var r = byId.get(id); return r ? nameOf(r) : labelOf(id); }
// An edge's id is FROM;KIND;TO (made-up node ids hold a ';' too, so the kind is found among the parts).
function edgeTip(g) {
  var parts = g.id.split(';');
  for (var k = 1; k < parts.length - 1; k++) {
    var kind = parts[k];
    var known = kind === 'candidate' || (D.relations && Object.prototype.hasOwnProperty.call(D.relations, kind));
    if (!known) continue;
    var from = parts.slice(0, k).join(';'), to = parts.slice(k + 1).join(';');
    var word = kind === 'candidate' ? t('overlay.candidates') : relationWord(kind);
    var extra = g.getAttribute('data-tip');
    return endName(from) + ' → ' + endName(to) + ' · ' + word + (extra ? ' · ' + extra : '');
  }
  return g.getAttribute('data-tip') || '';
}
function tipFor(g) {
  if (g.classList.contains('edge')) return edgeTip(g);
  var r = byId.get(g.id);
  if (r) return nameOf(r) + ' · ' + kindWord(r.kind);
  if (g.getAttribute('data-tip')) return g.getAttribute('data-tip');
  return g.classList.contains('node') && g.id ? labelOf(g.id) : '';
}
viewport.addEventListener('mouseover', function (e) {
  var g = e.target.closest ? e.target.closest('g.node, g.cluster, g.edge') : null;
  var text = g ? tipFor(g) : '';
  tooltip.textContent = text;
  tooltip.style.display = text ? 'block' : 'none';
});
viewport.addEventListener('mousemove', function (e) {
  tooltip.style.left = (e.clientX + 14) + 'px';
  tooltip.style.top = (e.clientY + 14) + 'px';
});
viewport.addEventListener('mouseleave', function () { tooltip.style.display = 'none'; });
var current = null;          // { index, svg, base, box, nodes: Map(id -> g) }
var viewIds = [];            // per template: Set of record ids drawn in it (computed on demand)
function idsOf(index) {
  if (!viewIds[index]) {
    var set = new Set();
    var tpl = templates[index];
    if (tpl) tpl.content.querySelectorAll('g.node[id], g.cluster[id]').forEach(function (g) { set.add(g.id); });
    viewIds[index] = set;
  }
  return viewIds[index];
}
function parseBox(svg) {
  var v = (svg.getAttribute('viewBox') || '0 0 100 100').trim().split(/[\s,]+/).map(Number);
  return { x: v[0] || 0, y: v[1] || 0, w: v[2] || 100, h: v[3] || 100 };
}
function applyBox() {
  if (!current) return;
  var b = current.box;
  current.svg.setAttribute('viewBox', b.x + ' ' + b.y + ' ' + b.w + ' ' + b.h);
}
function showView(index) {
  var tpl = templates[index];
  if (!tpl) return;
  var source = tpl.content.querySelector('svg');
  if (!source) return;
  var svg = document.importNode(source, true);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  viewport.textContent = '';
  viewport.appendChild(svg);
  var nodes = new Map();
  svg.querySelectorAll('g.node[id], g.cluster[id]').forEach(function (g) { nodes.set(g.id, g); });
  // Hover text: the page's own tooltip (Graphviz's xlink:title moves to data-tip, so the browser shows one, not two).
  svg.querySelectorAll('a').forEach(function (a) {
    var tip = a.getAttributeNS(XLINK, 'title');
    var g = a.closest('g.node, g.cluster, g.edge');
    if (tip && g && !g.hasAttribute('data-tip')) g.setAttribute('data-tip', tip);
    a.removeAttributeNS(XLINK, 'title');
  });
  var base = parseBox(svg);
  current = { index: index, svg: svg, base: base, box: { x: base.x, y: base.y, w: base.w, h: base.h }, nodes: nodes };
  tabs.forEach(function (b, i) { b.classList.toggle('active', i === index); b.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
  applyFilters();
  if (selected) highlight(selected, false);
}
function zoomAt(factor, px, py) {
  if (!current) return;
  var b = current.box;
  var nw = b.w * factor, nh = b.h * factor;
  var minW = current.base.w / 40, maxW = current.base.w * 4;
  if (nw < minW || nw > maxW) return;
  if (px === undefined) { px = b.x + b.w / 2; py = b.y + b.h / 2; }
  b.x = px - (px - b.x) * factor;
  b.y = py - (py - b.y) * factor;
  b.w = nw; b.h = nh;
  applyBox();
}
function toUser(clientX, clientY) {
  var m = current.svg.getScreenCTM();
  if (!m) return null;
  var p = current.svg.createSVGPoint();
  p.x = clientX; p.y = clientY;
  return p.matrixTransform(m.inverse());
}
function fit() {
  if (!current) return;
  var b = current.base;
  current.box = { x: b.x, y: b.y, w: b.w, h: b.h };
  applyBox();
}
function pan(dxUser, dyUser) {
  if (!current) return;
  current.box.x += dxUser; current.box.y += dyUser;
  applyBox();
}
viewport.addEventListener('wheel', function (e) {
  if (!current) return;
  e.preventDefault();
  var p = toUser(e.clientX, e.clientY);
  zoomAt(e.deltaY < 0 ? 1 / 1.2 : 1.2, p ? p.x : undefined, p ? p.y : undefined);
}, { passive: false });
var drag = null;
viewport.addEventListener('pointerdown', function (e) {
  if (!current || e.button !== 0) return;
  var m = current.svg.getScreenCTM();
  drag = { x: e.clientX, y: e.clientY, bx: current.box.x, by: current.box.y, scale: m ? m.a : 1, moved: false };
});
window.addEventListener('pointermove', function (e) {
  if (!drag || !current) return;
  var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
  if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
  drag.moved = true;
  viewport.classList.add('dragging');
  current.box.x = drag.bx - dx / drag.scale;
  current.box.y = drag.by - dy / drag.scale;
  applyBox();
});
window.addEventListener('pointerup', function () {
  viewport.classList.remove('dragging');
  if (drag && drag.moved) { drag.suppressClick = true; setTimeout(function () { drag = null; }, 0); } else { drag = null; }
});
viewport.addEventListener('click', function (e) {
  if (drag && drag.suppressClick) return;
  var g = e.target.closest ? e.target.closest('g.node, g.cluster') : null;
  if (g && byId.has(g.id)) select(g.id);
});
viewport.addEventListener('keydown', function (e) {
  if (!current) return;
  var step = current.box.w / 10;
  var handled = true;
  switch (e.key) {
    case '+': case '=': zoomAt(1 / 1.2); break;
    case '-': case '_': zoomAt(1.2); break;
    case '0': fit(); break;
    case 'ArrowLeft': pan(-step, 0); break;
    case 'ArrowRight': pan(step, 0); break;
    case 'ArrowUp': pan(0, -step); break;
    case 'ArrowDown': pan(0, step); break;
    default: handled = false;
  }
  if (handled) e.preventDefault();
});
document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(1 / 1.25); });
document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(1.25); });
document.getElementById('zoom-fit').addEventListener('click', fit);
tabs.forEach(function (b, i) { b.addEventListener('click', function () { showView(i); }); });

// ---------------------------------------------------------------- filters and overlays
var hiddenChains = new Set(), hiddenKinds = new Set();
function isFiltered(id, kind) {
  if (kind && hiddenKinds.has(kind)) return true;
  var r = byId.get(id);
  if (r && r.chains && r.chains.length && r.chains.every(function (c) { return hiddenChains.has(c); })) return true;
  if (r && !kind && hiddenKinds.has(r.kind)) return true;
  return false;
}
function applyFilters() {
  if (!current) return;
  var hidden = new Set();
  current.nodes.forEach(function (g, id) {
    var off = isFiltered(id, g.getAttribute('data-kind'));
    g.classList.toggle('filtered', off);
    if (off) hidden.add(id);
  });
  current.svg.querySelectorAll('g.edge[id]').forEach(function (g) {
    var parts = g.id.split(';');
    var off = parts.length === 3 && (hidden.has(parts[0]) || hidden.has(parts[2]));
    g.classList.toggle('filtered', off);
  });
}
document.querySelectorAll('input[data-chain]').forEach(function (box) {
  box.addEventListener('change', function () {
    var id = box.getAttribute('data-chain');
    if (box.checked) hiddenChains.delete(id); else hiddenChains.add(id);
    applyFilters();
  });
});
document.querySelectorAll('input[data-kind-filter]').forEach(function (box) {
  box.addEventListener('change', function () {
    var kind = box.getAttribute('data-kind-filter');
    if (box.checked) hiddenKinds.delete(kind); else hiddenKinds.add(kind);
    applyFilters();
  });
});
document.querySelectorAll('input[data-overlay]').forEach(function (box) {
  box.addEventListener('change', function () {
    mapSection.classList.toggle('hide-' + box.getAttribute('data-overlay'), !box.checked);
  });
});

// ---------------------------------------------------------------- search
var matches = [];
function runSearch() {
  var q = searchBox.value.trim().toLowerCase();
  results.textContent = '';
  matches = [];
  if (!q) return;
  var exact = [], starts = [], contains = [];
  for (var i = 0; i < records.length && exact.length + starts.length + contains.length < 400; i++) {
    var r = records[i];
    var id = r.id.toLowerCase(), n = (r.name || '').toLowerCase(), en = (r.en || '').toLowerCase();
    if (id === q || n === q || en === q) exact.push(r);
    else if (n.indexOf(q) === 0 || en.indexOf(q) === 0 || id.indexOf(q) === 0) starts.push(r);
    else if (n.indexOf(q) >= 0 || en.indexOf(q) >= 0 || id.indexOf(q) >= 0) contains.push(r);
  }
  matches = exact.concat(starts, contains).slice(0, 30);
  matches.forEach(function (r, k) {
    var li = el('li', k === 0 ? 'active' : '', nameOf(r));
    li.setAttribute('role', 'option');
    li.setAttribute('data-id', r.id);
    li.appendChild(el('span', 'kind', kindWord(r.kind) + ' · ' + r.id));
    li.addEventListener('click', function () { select(r.id); });
    results.appendChild(li);
  });
}
searchBox.addEventListener('input', runSearch);
searchBox.addEventListener('keydown', function (e) {
  if (e.key === 'Enter') {
    e.preventDefault();
    runSearch();
    if (matches.length) select(matches[0].id);
  } else if (e.key === 'Escape') {
    searchBox.value = '';
    runSearch();
  }
});

// ---------------------------------------------------------------- selection and the detail panel
var selected = null;
function select(id) {
  var hash = '#' + encodeURIComponent(id);
  if (location.hash === hash) show(id); else location.hash = hash;
}
function fromHash() {
  var raw = location.hash.slice(1);
  if (!raw) return null;
  try { return decodeURIComponent(raw); } catch (err) { return raw; }
}
window.addEventListener('hashchange', function () { var id = fromHash(); if (id !== null) show(id); });

// A lookup from a key to a list, built on first use: FILL calls add(key, value) for every entry.
function lazyIndex(fill) {
  var index = null;
  return function (key) {
    if (!index) {
      index = new Map();
      fill(function (k, v) {
        if (!index.has(k)) index.set(k, []);
        index.get(k).push(v);
      });
    }
    return index.get(key) || [];
  };
}
var neighbours = lazyIndex(function (add) {
  (D.edges || []).forEach(function (e) {
    add(e[0], { other: e[1], kind: e[2], out: true });
    add(e[1], { other: e[0], kind: e[2], out: false });
  });
});
var gapsOf = lazyIndex(function (add) {
  (D.gaps || []).forEach(function (g) {
    new Set([g.subject].concat(g.nodes || [])).forEach(function (x) { add(x, g); });
  });
});
var candidacies = lazyIndex(function (add) {
  (D.candidates || []).forEach(function (s) {
    (s.candidates || []).forEach(function (c) { add(c.id, { subject: s, candidate: c }); });
  });
});
function subjectOf(id) {
  var list = D.candidates || [];
  for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
  return null;
}
function partsText(parts) {
  if (!parts || typeof parts !== 'object') return '';
  return Object.keys(parts).sort().map(function (k) { return k + ' ' + num(parts[k]); }).join(' · ');
}
function pathNode(path) {
  var span = el('span', 'path');
  (path || []).forEach(function (id, k) {
    if (k > 0) span.appendChild(document.createTextNode(' → '));
    span.appendChild(byId.has(id) ? recordLink(id) : el('span', '', id));
  });
  return span;
}
function sourceItem(key, locator) {
  var li = el('li');
  if (key === 'assumed') { li.textContent = t('assumed'); return li; }
  var s = sources[key];
  if (!s) { li.textContent = key + (locator ? ' ' + locator : ''); return li; }
  var url = safeURL(s.url);
  if (url) {
    var a = el('a', '', s.title);
    a.href = url; a.rel = 'noopener noreferrer'; a.target = '_blank';
    li.appendChild(a);
  } else {
    li.appendChild(el('span', 'title', s.title));
  }
  var rest = [s.publisher, s.date, locator].filter(function (x) { return x; }).join(' · ');
  if (rest) li.appendChild(document.createTextNode(' · ' + rest));
  return li;
}
function heading(text) { return el('h4', '', text); }
// One titled list of the detail panel (gaps, candidates, candidacies): nothing when ITEMS is empty; FILL writes
// one item into its <li>.
function listSection(titleKey, tag, cls, items, fill) {
  if (!items.length) return;
  detail.appendChild(heading(t(titleKey)));
  var list = el(tag, cls);
  items.forEach(function (item) {
    var li = el('li');
    fill(li, item);
    list.appendChild(li);
  });
  detail.appendChild(list);
}
// A candidate's score, its score's parts and its evidence path.
function scoredParts(li, c) {
  li.appendChild(el('span', 'tag', num(c.score)));
  li.appendChild(el('div', 'meta small', partsText(c.parts)));
  if (c.path && c.path.length) li.appendChild(pathNode(c.path));
}
function show(id) {
  var r = byId.get(id);
  detail.textContent = '';
  if (!r) {
    detail.appendChild(el('p', 'meta', t('detail.notFound') + id));
    return;
  }
  selected = id;
  var h = el('h3', 'name', nameOf(r));
  detail.appendChild(h);
  var sub = el('p', 'meta', kindWord(r.kind) + ' · ' + r.id);
  detail.appendChild(sub);
  if (r.en && D.lang !== 'en') detail.appendChild(el('p', 'meta', r.en));
  if (r.assumed) detail.appendChild(el('p', 'meta warn', t('assumed')));
  if (r.attrs && r.attrs.length) {
    detail.appendChild(heading(t('detail.attributes')));
    var dl = el('dl', 'attributes');
    r.attrs.forEach(function (pair) { dl.appendChild(el('dt', '', pair[0])); dl.appendChild(el('dd', '', pair[1])); });
    detail.appendChild(dl);
  }
  detail.appendChild(heading(t('detail.sources')));
  var ul = el('ul', 'sources');
  (r.cites || []).forEach(function (c) { ul.appendChild(sourceItem(c[0], c[1])); });
  detail.appendChild(ul);
  var ties = neighbours(r.i);
  if (ties.length) {
    detail.appendChild(heading(t('detail.neighbours')));
    var groups = new Map();
    ties.forEach(function (n) {
      var key = n.kind + (n.out ? '' : ' ←');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    });
    Array.from(groups.keys()).sort().forEach(function (key) {
      var list = groups.get(key);
      var label = relationWord(list[0].kind) + (list[0].out ? ' →' : ' ←');
      var p = el('div', 'relation');
      p.appendChild(el('span', 'tag', label));
      var inner = el('ul');
      list.slice(0, 200).forEach(function (n) {
        var li = el('li');
        li.appendChild(recordLink(records[n.other].id));
        li.appendChild(el('span', 'tag', kindWord(records[n.other].kind)));
        inner.appendChild(li);
      });
      if (list.length > 200) inner.appendChild(el('li', 'meta', '… ' + (list.length - 200)));
      p.appendChild(inner);
      detail.appendChild(p);
    });
  }
  listSection('detail.gaps', 'ul', 'gaps', gapsOf(r.id), function (li, g) {
    li.appendChild(el('span', 'sev-' + g.severity, word('gapKinds', g.kind)));
    li.appendChild(document.createTextNode(' ' + (g.evidence || '') + (g.action ? ' — ' + g.action : '')));
  });
  var subject = subjectOf(r.id);
  listSection('detail.candidates', 'ol', 'candidates', (subject && subject.candidates) || [], function (li, c) {
    li.appendChild(byId.has(c.id) ? recordLink(c.id) : el('span', '', c.name || c.id));
    scoredParts(li, c);
    if (c.explanation) li.appendChild(el('div', 'meta small', c.explanation));
  });
  listSection('detail.candidateFor', 'ul', 'candidacies', candidacies(r.id), function (li, x) {
    li.appendChild(recordLink(x.subject.id));
    scoredParts(li, x.candidate);
  });
  highlight(id, true);
  revealMap();
}
// The browser's own jump to `#ID` aims at the node inside the panned drawing and lands below the map: show the
// map section (the drawing with the node centred, and the detail panel) instead.
function revealMap() {
  if (mapSection && mapSection.scrollIntoView) mapSection.scrollIntoView({ block: 'start' });
}
function highlight(id, move) {
  if (!current) return;
  current.svg.querySelectorAll('g.selected').forEach(function (g) { g.classList.remove('selected'); });
  if (!current.nodes.has(id) && move) {
    for (var i = 0; i < templates.length; i++) {
      if (idsOf(i).has(id)) { showView(i); break; }
    }
  }
  var g = current.nodes.get(id);
  if (!g) {
    if (move) detail.appendChild(el('p', 'meta small', t('detail.notDrawn')));
    return;
  }
  g.classList.add('selected');
  if (move && g.getBBox) {
    try {
      var bb = g.getBBox();
      var b = current.box;
      var cx = bb.x + bb.width / 2, cy = bb.y + bb.height / 2;
      // Graphviz puts the drawing under a translate(): map the box centre through it.
      var m = current.svg.getScreenCTM(), gm = g.getScreenCTM();
      if (m && gm) {
        var p = current.svg.createSVGPoint(); p.x = cx; p.y = cy;
        var q = p.matrixTransform(gm).matrixTransform(m.inverse());
        cx = q.x; cy = q.y;
      }
      // Close enough to read the node (a third of the drawing, or as it is when already closer), centred on it.
      var w = Math.min(b.w, Math.max(current.base.w / 3, bb.width * 6));
      var h = w * (b.h / b.w);
      current.box = { x: cx - w / 2, y: cy - h / 2, w: w, h: h };
      applyBox();
    } catch (err) { /* not laid out (hidden): leave the view as it is */ }
  }
}

// ---------------------------------------------------------------- report tables (paginated, sortable)
var PAGE = 50;
var printAll = [];
function table(container, columns, rows) {
  var tableEl = el('table', 'data');
  var thead = el('thead'), tr = el('tr');
  var tbody = el('tbody');
  var shown = 0, order = rows.slice();
  var more = el('button', 'more');
  more.type = 'button';
  function renderRows(limit) {
    tbody.textContent = '';
    shown = Math.min(limit, order.length);
    for (var i = 0; i < shown; i++) {
      var row = order[i], r = el('tr');
      columns.forEach(function (c) {
        var td = el('td', c.num ? 'num' : '');
        var v = c.render ? c.render(row) : row[c.key];
        if (v instanceof Node) td.appendChild(v); else td.textContent = (v === undefined || v === null) ? '' : String(v);
        r.appendChild(td);
      });
      tbody.appendChild(r);
    }
    var left = order.length - shown;
    more.textContent = t('more') + ' (' + left + ' ' + t('left') + ')';
    more.style.display = left > 0 ? '' : 'none';
  }
  columns.forEach(function (c) {
    var th = el('th', '', c.label);
    th.addEventListener('click', function () {
      var asc = !th.classList.contains('sorted-asc');
      tr.querySelectorAll('th').forEach(function (x) { x.classList.remove('sorted-asc', 'sorted-desc'); });
      th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
      var key = c.sort || function (row) { return row[c.key]; };
      order.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (x === y) return 0;
        if (x === undefined || x === null) return 1;
        if (y === undefined || y === null) return -1;
        var res = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
        return asc ? res : -res;
      });
      renderRows(Math.max(shown, PAGE));
    });
    tr.appendChild(th);
  });
  thead.appendChild(tr);
  tableEl.appendChild(thead);
  tableEl.appendChild(tbody);
  container.appendChild(tableEl);
  more.addEventListener('click', function () { renderRows(shown + PAGE * 4); });
  container.appendChild(more);
  renderRows(PAGE);
  printAll.push(function () { if (order.length <= 5000) renderRows(order.length); });
  return tableEl;
}
function none(container) { container.appendChild(el('p', 'meta', t('none'))); }
var SEVERITY = { high: 0, medium: 1, low: 2 };
var W = D.words || {};
function word(table, key) { return (W[table] && W[table][key]) || key; }
function severityCell(g) { return el('span', 'sev-' + g.severity, word('severities', g.severity)); }
// Tables grouped by kind leave the kind column out: their heading names it.
function gapColumns(grouped) {
  return [
    { key: 'severity', label: t('col.severity'), sort: function (g) { return SEVERITY[g.severity]; }, render: severityCell }
  ].concat(grouped ? [] : [{ key: 'kind', label: t('col.kind'), render: function (g) { return word('gapKinds', g.kind); } }]).concat([
    { key: 'subject', label: t('col.subject'), sort: function (g) { return nameById(g.subject); },
      render: function (g) { return byId.has(g.subject) ? recordLink(g.subject) : g.subject; } },
    { key: 'chain', label: t('col.chain'), sort: function (g) { return g.chain ? nameById(g.chain) : ''; },
      render: function (g) { return g.chain ? nameById(g.chain) : ''; } },
    { key: 'evidence', label: t('col.evidence') },
    { key: 'action', label: t('col.action') },
    { key: 'sources', label: t('col.sources'), render: function (g) { return (g.sources || []).join('; '); } }
  ]);
}
var DATA_KINDS = { 'unknown-skills': true, 'unsurveyed-segment': true };
function isDataGap(g) { return g.group === 'data' || DATA_KINDS[g.kind] === true; }
function buildGaps() {
  var box = document.getElementById('gaps-body');
  var gaps = (D.gaps || []).filter(function (g) { return !isDataGap(g); });
  if (!gaps.length) return none(box);
  var groups = new Map();
  gaps.forEach(function (g) {
    var key = (g.group ? word('groups', g.group) + ' · ' : '') + word('gapKinds', g.kind);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(g);
  });
  groups.forEach(function (list, key) {
    box.appendChild(el('h3', '', key + ' (' + list.length + ')'));
    table(box, gapColumns(true), list);
  });
}
function buildCandidates() {
  var box = document.getElementById('candidates-body');
  var subjects = D.candidates || [];
  if (!subjects.length) return none(box);
  var shown = 0;
  var more = el('button', 'more');
  more.type = 'button';
  function render(limit) {
    for (; shown < Math.min(limit, subjects.length); shown++) {
      var s = subjects[shown];
      var h = el('h3');
      h.appendChild(byId.has(s.id) ? recordLink(s.id) : el('span', '', s.name || s.id));
      if (s.enterprise) { h.appendChild(document.createTextNode(' · ')); h.appendChild(recordLink(s.enterprise)); }
      box.insertBefore(h, more);
      var holder = el('div');
      box.insertBefore(holder, more);
      if (!s.candidates || !s.candidates.length) { holder.appendChild(el('p', 'meta', t('none'))); continue; }
      table(holder, [
        { key: 'rank', label: t('col.rank'), num: true, render: function (c) { return (s.candidates.indexOf(c) + 1); } },
        { key: 'name', label: t('col.candidate'), render: function (c) { return byId.has(c.id) ? recordLink(c.id) : (c.name || c.id); } },
        { key: 'kind', label: t('col.kind'), render: function (c) { return kindWord(c.kind); } },
        { key: 'location', label: t('col.location') },
        { key: 'score', label: t('col.score'), num: true, render: function (c) { return num(c.score); } },
        { key: 'parts', label: t('col.parts'), render: function (c) { return partsText(c.parts); } },
        { key: 'path', label: t('col.path'), render: function (c) { return pathNode(c.path); } },
        { key: 'explanation', label: t('col.explanation') }
      ], s.candidates);
    }
    var left = subjects.length - shown;
    more.textContent = t('more') + ' (' + left + ' ' + t('left') + ')';
    more.style.display = left > 0 ? '' : 'none';
  }
  box.appendChild(more);
  more.addEventListener('click', function () { render(shown + 20); });
  render(20);
  printAll.push(function () { if (subjects.length <= 1000) render(subjects.length); });
}
function buildMatching() {
  var box = document.getElementById('matching-body');
  var m = D.matching;
  if (!m) { box.appendChild(el('p', 'meta', t('match.unavailable'))); return; }
  var cards = el('div', 'cards');
  [['match.current', num(m.current_fit)], ['match.assigned', num(m.assigned_fit)], ['match.gain', num(m.gain)],
   ['match.unassigned', (m.unassigned || []).length]].forEach(function (pair) {
    var c = el('div', 'card');
    c.appendChild(el('div', 'number', pair[1]));
    c.appendChild(el('div', 'label', t(pair[0])));
    cards.appendChild(c);
  });
  box.appendChild(cards);
  var rows = m.assignments || [];
  if (!rows.length) return none(box);
  table(box, [
    { key: 'expert', label: t('col.expert'), sort: function (a) { return nameById(a.expert); }, render: function (a) { return recordLink(a.expert); } },
    { key: 'task', label: t('col.task'), sort: function (a) { return nameById(a.task); }, render: function (a) { return recordLink(a.task); } },
    { key: 'task_kind', label: t('col.kind'), render: function (a) { return kindWord(a.task_kind); } },
    { key: 'score', label: t('col.score'), num: true, render: function (a) { return num(a.score); } },
    { key: 'explanation', label: t('col.explanation') }
  ], rows);
}
function buildDataGaps() {
  var box = document.getElementById('data-gaps-body');
  var gaps = (D.gaps || []).filter(isDataGap);
  var unknown = (D.matching && D.matching.unknown_skills) || [];
  if (!gaps.length && !unknown.length) return none(box);
  if (gaps.length) table(box, gapColumns(), gaps);
  if (unknown.length) {
    box.appendChild(el('h3', '', t('dataGaps.unknownSkills') + ' (' + unknown.length + ')'));
    table(box, [{ key: 'id', label: t('col.record'), sort: function (id) { return nameById(id); }, render: function (id) { return recordLink(id); } }],
      unknown);
  }
}

// ---------------------------------------------------------------- what changed since the earlier map
function recordCell(id, name) {
  if (byId.has(id)) return recordLink(id);
  return (name && name !== id) ? name + ' (' + id + ')' : id;
}
function progressText(latest, progress, unit) {
  if (!latest) return '';
  var share = (typeof progress === 'number' && isFinite(progress)) ? ', ' + Math.round(progress * 100) + '%' : '';
  return num(latest.value) + (unit ? ' ' + unit : '') + ' (' + latest.year + share + ')';
}
function buildSince() {
  var box = document.getElementById('since-body');
  var S = D.since;
  if (!box || !S || !S.diff) return;
  var diff = S.diff;
  function part(key, rows, columns) {
    if (!rows || !rows.length) return;
    box.appendChild(el('h3', '', t(key) + ' (' + rows.length + ')'));
    table(box, columns, rows);
  }
  var recordRows = [];
  (diff.records || []).forEach(function (r) {
    if (!r.fields || !r.fields.length || r.change === 'renamed') {
      recordRows.push({ r: r, field: r.change === 'renamed' ? 'id' : '', old: r.old_id || '', new: r.change === 'renamed' ? r.id : '' });
    }
    (r.fields || []).forEach(function (f) { recordRows.push({ r: r, field: f.field, old: f.old, new: f.new }); });
  });
  part('since.records', recordRows, [
    { key: 'change', label: t('col.change'), sort: function (x) { return x.r.change; }, render: function (x) { return t('since.' + x.r.change); } },
    { key: 'kind', label: t('col.kind'), sort: function (x) { return x.r.kind; }, render: function (x) { return kindWord(x.r.kind); } },
    { key: 'record', label: t('col.record'), sort: function (x) { return x.r.name; }, render: function (x) { return recordCell(x.r.id, x.r.name); } },
    { key: 'field', label: t('col.field') },
    { key: 'old', label: t('col.old') },
    { key: 'new', label: t('col.new') }
  ]);
  part('since.demands', diff.demands, [
    { key: 'id', label: t('col.record'), sort: function (d) { return d.title; }, render: function (d) { return recordCell(d.id, d.title); } },
    { key: 'enterprise', label: t('col.enterprise'), sort: function (d) { return nameById(d.enterprise); }, render: function (d) { return recordCell(d.enterprise); } },
    { key: 'old', label: t('col.old'), render: function (d) { return word('statuses', d.old); } },
    { key: 'new', label: t('col.new'), render: function (d) { return word('statuses', d.new); } },
    { key: 'forward', label: t('col.change'), render: function (d) { return t(d.forward ? 'since.forward' : 'since.back'); } }
  ]);
  part('since.gaps', diff.gaps, [
    { key: 'change', label: t('col.change'), render: function (g) { return t('since.' + g.change); } },
    { key: 'severity', label: t('col.severity'), sort: function (g) { return SEVERITY[g.severity]; }, render: severityCell },
    { key: 'kind', label: t('col.kind'), render: function (g) { return word('gapKinds', g.kind); } },
    { key: 'subject', label: t('col.subject'), sort: function (g) { return nameById(g.subject); }, render: function (g) { return recordCell(g.subject); } },
    { key: 'chain', label: t('col.chain'), render: function (g) { return g.chain ? nameById(g.chain) : ''; } },
    { key: 'evidence', label: t('col.evidence') }
  ]);
  part('since.candidates', diff.candidates, [
    { key: 'enterprise', label: t('col.enterprise'), sort: function (c) { return nameById(c.enterprise); }, render: function (c) { return recordCell(c.enterprise); } },
    { key: 'partner', label: t('col.partner'), sort: function (c) { return nameById(c.partner); }, render: function (c) { return recordCell(c.partner); } },
    { key: 'type', label: t('col.relation'), render: function (c) { return relationWord(c.type); } },
    { key: 'rank', label: t('since.oldRank'), num: true },
    { key: 'score', label: t('col.score'), num: true, render: function (c) { return num(c.score); } }
  ]);
  part('since.indicators', diff.indicators, [
    { key: 'id', label: t('col.record'), sort: function (i) { return i.name; }, render: function (i) { return recordCell(i.id, i.name); } },
    { key: 'old', label: t('col.old'), render: function (i) { return progressText(i.old_latest, i.old_progress, i.unit); } },
    { key: 'new', label: t('col.new'), render: function (i) { return progressText(i.new_latest, i.new_progress, i.unit); } },
    { key: 'target', label: t('indicator.target'), render: function (i) { return i.target ? num(i.target.value) + ' (' + i.target.year + ')' : ''; } },
    { key: 'on_track', label: t('col.onTrack'), render: function (i) {
      function yn(x) { return x === true ? t('yes') : x === false ? t('no') : '–'; }
      return yn(i.old_on_track) + ' → ' + yn(i.new_on_track); } }
  ]);
  part('since.ties', diff.ties, [
    { key: 'change', label: t('col.change'), render: function (x) { return t('since.' + x.change); } },
    { key: 'type', label: t('col.relation'), render: function (x) { return relationWord(x.type); } },
    { key: 'from', label: t('col.from'), sort: function (x) { return nameById(x.from); }, render: function (x) { return recordCell(x.from); } },
    { key: 'to', label: t('col.to'), sort: function (x) { return nameById(x.to); }, render: function (x) { return recordCell(x.to); } }
  ]);
}

// ---------------------------------------------------------------- print: every view, every row
window.addEventListener('beforeprint', function () {
  printAll.forEach(function (f) { f(); });
  var holder = document.getElementById('print-maps');
  if (holder.childNodes.length) return;
  templates.forEach(function (tpl, i) {
    var source = tpl && tpl.content.querySelector('svg');
    if (!source) return;
    var svg = document.importNode(source, true);
    // Ids stay unique in the document: only the live view keeps them.
    svg.querySelectorAll('[id]').forEach(function (x) { x.removeAttribute('id'); });
    svg.removeAttribute('width'); svg.removeAttribute('height');
    var box = el('div', 'print-map');
    box.appendChild(el('h3', '', (D.views[i] && D.views[i].title) || ''));
    box.appendChild(svg);
    holder.appendChild(box);
  });
});

buildSince();
buildGaps();
buildCandidates();
buildMatching();
buildDataGaps();
if (templates.length) showView(0);
var initial = fromHash();
if (initial !== null) {
  show(initial);
  // The fragment jump can come after this script, when the page has loaded: reveal the map again then.
  window.addEventListener('load', revealMap);
}
document.documentElement.setAttribute('data-ready', 'true');
document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
"""#
}
