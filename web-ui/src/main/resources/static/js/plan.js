// The proposal page: drag and drop of class cards, live metrics, explanations, edits, graph view.
// Talks to /api/projects/{id}/...; every edit names the plan version it was made on (409 when stale).
(function () {
  'use strict';
  const body = document.body;
  const project = body.dataset.project;
  let version = Number(body.dataset.version);
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const SHARED = '(shared)';
  const UNASSIGNED = '(unassigned)';
  const selected = new Set();
  let busy = false;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function simple(fqn) { return fqn.substring(fqn.lastIndexOf('.') + 1); }

  function announce(text) { document.getElementById('status').textContent = text; }

  async function api(path, payload, method) {
    const init = { method: method || 'POST', headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
    if (payload !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.headers[csrfHeader] = csrfToken;
      init.body = JSON.stringify(payload);
    }
    const response = await fetch('/api/projects/' + encodeURIComponent(project) + path, init);
    let json = null;
    try { json = await response.json(); } catch (e) { json = { error: 'the server answered ' + response.status }; }
    return { ok: response.ok, status: response.status, json: json };
  }

  function showConflict(message) {
    const box = document.getElementById('conflict');
    box.querySelector('.message').textContent = message;
    box.hidden = false;
    document.getElementById('reload').focus();
  }

  function showError(message) {
    const box = document.getElementById('error');
    box.querySelector('.message').textContent = message;
    box.hidden = false;
  }

  // Runs an edit; true when it was saved. A 409 shows the conflict banner, other errors the error banner.
  async function edit(path, payload, reloadAfter) {
    if (busy) return false;
    busy = true;
    try {
      const r = await api(path, Object.assign({ version: version }, payload));
      if (r.status === 409) {
        showConflict(r.json.error);
        return false;
      }
      if (!r.ok) {
        showError(r.json.error || ('the server answered ' + r.status));
        return false;
      }
      const state = r.json.state || r.json;
      setState(state);
      if (reloadAfter) window.location.reload();
      return r.json;
    } catch (e) {
      showError('the wizard cannot be reached (' + e.message + '): your last change may not be saved; reload');
      return false;
    } finally {
      busy = false;
    }
  }

  function setState(state) {
    version = state.version;
    body.dataset.version = String(version);
    document.getElementById('version').textContent = String(version);
    document.getElementById('undo').disabled = !state.canUndo;
    document.getElementById('redo').disabled = !state.canRedo;
    if (state.metrics) showMetrics(state.metrics, null);
    if (state.action) {
      const li = el('li');
      li.append(el('span', 'v' + state.version), document.createTextNode(' '), el('span', state.action));
      const list = document.getElementById('history');
      list.prepend(li);
    }
  }

  function fmt(key, value) {
    if (['crossEdges', 'remoteOps', 'services', 'classes'].includes(key)) return String(value);
    return Number(value).toFixed(3);
  }

  function showMetrics(metrics, delta) {
    document.querySelectorAll('#metrics .metric').forEach(function (m) {
      const key = m.dataset.metric;
      if (!(key in metrics)) return;
      m.querySelector('.value').textContent = fmt(key, metrics[key]);
      const d = m.querySelector('.delta');
      d.className = 'delta';
      d.textContent = '';
      const shown = delta && key in delta ? fmt(key, Math.abs(delta[key])) : '';
      if (shown && Number(shown) !== 0) {
        const v = delta[key];
        d.textContent = (v > 0 ? '+' : '−') + shown;
        const better = m.dataset.better;
        if (better) d.classList.add((v > 0) === (better === 'higher') ? 'good' : 'bad');
      }
    });
  }

  function updateCounts() {
    document.querySelectorAll('.column').forEach(function (col) {
      col.querySelector('.count').textContent = String(col.querySelectorAll('.card').length);
    });
  }

  function cardOf(fqn) {
    return document.querySelector('.card[data-class="' + CSS.escape(fqn) + '"]');
  }

  function placeOf(card) { return card.closest('.cards').dataset.service; }

  function refreshSelection() {
    document.querySelectorAll('.card.selected').forEach(function (c) {
      if (!selected.has(c.dataset.class)) c.classList.remove('selected');
    });
    selected.forEach(function (fqn) {
      const c = cardOf(fqn);
      if (c) c.classList.add('selected');
    });
    document.getElementById('together').disabled = selected.size < 2;
    document.getElementById('apart').disabled = selected.size < 2;
    document.getElementById('selection').textContent = selected.size > 1 ? selected.size + ' classes selected' : '';
  }

  function select(card, add) {
    const fqn = card.dataset.class;
    if (add) {
      if (selected.has(fqn)) selected.delete(fqn); else selected.add(fqn);
    } else {
      selected.clear();
      selected.add(fqn);
    }
    refreshSelection();
    explain(fqn);
  }

  function services() {
    return Array.from(document.querySelectorAll('.cards')).map(function (c) { return c.dataset.service; })
      .filter(function (s) { return s !== UNASSIGNED; });
  }

  async function explain(fqn) {
    const r = await api('/explain?class=' + encodeURIComponent(fqn), undefined, 'GET');
    if (!r.ok) { showError(r.json.error); return; }
    renderExplanation(r.json);
  }

  function label(place) { return place === SHARED ? 'shared library' : place; }

  function renderExplanation(x) {
    const box = document.getElementById('details');
    box.replaceChildren();
    const card = cardOf(x.className);
    box.append(el('h3', simple(x.className)), el('p', x.className, 'fqn'));
    box.append(el('p', 'In ' + (x.place ? label(x.place) : 'no service') + (x.dead ? ' · nothing uses it (dead code?)' : '')));
    const actions = el('div', null, 'detail-actions');
    const select = el('select');
    select.id = 'move-target';
    select.setAttribute('aria-label', 'Move to');
    services().filter(function (s) { return s !== x.place; }).forEach(function (s) {
      const o = el('option', label(s));
      o.value = s;
      select.append(o);
    });
    const move = el('button', 'Move');
    move.type = 'button';
    move.id = 'move-button';
    move.addEventListener('click', function () {
      const classes = selected.has(x.className) ? Array.from(selected) : [x.className];
      moveClasses(classes, select.value, true);
    });
    const pinned = card && card.classList.contains('pinned');
    const pin = el('button', pinned ? 'Unpin' : 'Pin here');
    pin.type = 'button';
    pin.id = 'pin-button';
    pin.disabled = !x.place || x.place === SHARED || x.place === UNASSIGNED;
    pin.addEventListener('click', function () {
      const classes = selected.has(x.className) ? Array.from(selected) : [x.className];
      edit('/pins', { classes: classes, pinned: !pinned }, true);
    });
    actions.append(select, move, pin);
    box.append(actions);
    if (x.holds.length) {
      box.append(el('h4', 'Held here by'));
      const ul = el('ul', null, 'ties');
      x.holds.slice(0, 8).forEach(function (t) {
        const li = el('li');
        li.append(el('span', simple(t.otherClass)), el('span', t.weight.toFixed(1), 'weight'));
        li.title = t.otherClass + ': ' + t.edges.map(function (e) { return e.kind; }).join(', ');
        ul.append(li);
      });
      box.append(ul);
    }
    if (x.moves.length) {
      box.append(el('h4', 'Cost of moving it'));
      const table = el('table', null, 'costs');
      const head = el('tr');
      ['to', 'cross weight', 'ΔSM', 'ΔICP'].forEach(function (h) { head.append(el('th', h)); });
      table.append(head);
      x.moves.slice(0, 8).forEach(function (m) {
        const tr = el('tr');
        tr.append(el('td', label(m.toService)), el('td', m.cost.toFixed(1)),
          el('td', signed(m.delta.sm)), el('td', signed(m.delta.icp)));
        table.append(tr);
      });
      box.append(table);
    }
  }

  function signed(v) {
    const shown = Math.abs(v).toFixed(3);
    return Number(shown) === 0 ? shown : (v > 0 ? '+' : '−') + shown;
  }

  // Moves classes on the server; the cards are already in place when dragged (domMoved) or are moved here.
  async function moveClasses(classes, to, moveCards) {
    const before = classes.map(function (fqn) {
      const c = cardOf(fqn);
      return { card: c, list: c.parentElement, next: c.nextElementSibling };
    });
    const target = document.querySelector('.cards[data-service="' + CSS.escape(to) + '"]');
    if (moveCards) classes.forEach(function (fqn) { target.append(cardOf(fqn)); });
    updateCounts();
    const result = await edit('/moves', { classes: classes, to: to });
    if (!result) {
      before.forEach(function (b) { b.list.insertBefore(b.card, b.next); });
      updateCounts();
      return;
    }
    showMetrics(result.state.metrics, result.delta);
    renderExplanation(result.explanation);
    announce('Moved ' + classes.map(simple).join(', ') + ' to ' + label(to) + '; version ' + version);
    const card = cardOf(classes[0]);
    if (card) card.focus();
  }

  // Drag and drop between columns (SortableJS, native HTML5 drag and drop).
  document.querySelectorAll('.cards').forEach(function (list) {
    const service = list.dataset.service;
    Sortable.create(list, {
      group: { name: 'services', pull: true, put: service !== UNASSIGNED },
      animation: 120,
      sort: false,
      onEnd: function (evt) {
        if (evt.from === evt.to) return;
        const fqn = evt.item.dataset.class;
        const classes = selected.has(fqn) ? Array.from(selected) : [fqn];
        classes.forEach(function (c) { if (c !== fqn) evt.to.append(cardOf(c)); });
        moveClasses(classes, evt.to.dataset.service, false);
      }
    });
  });

  document.getElementById('board').addEventListener('click', function (e) {
    const card = e.target.closest('.card');
    if (card) select(card, e.ctrlKey || e.metaKey);
  });
  document.getElementById('board').addEventListener('keydown', function (e) {
    const card = e.target.closest('.card');
    if (!card) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(card, e.shiftKey);
      if (!e.shiftKey) {
        const target = document.getElementById('move-target');
        if (target) setTimeout(function () { target.focus(); }, 0);
      }
    }
  });

  document.addEventListener('keydown', function (e) {
    if (!(e.ctrlKey || e.metaKey) || e.target.matches('input, select, textarea')) return;
    if (e.key === 'z' && !e.shiftKey) { e.preventDefault(); document.getElementById('undo').click(); }
    if (e.key === 'y' || (e.key === 'z' && e.shiftKey)) { e.preventDefault(); document.getElementById('redo').click(); }
  });

  document.getElementById('undo').addEventListener('click', function () { edit('/undo', {}, true); });
  document.getElementById('redo').addEventListener('click', function () { edit('/redo', {}, true); });
  document.getElementById('resplit-form').addEventListener('submit', function (e) {
    e.preventDefault();
    const count = document.getElementById('resplit-services').value;
    edit('/resplit', count === '' ? {} : { services: Number(count) }, true);
  });
  document.getElementById('reload').addEventListener('click', function () { window.location.reload(); });
  document.querySelector('#error .close').addEventListener('click', function () {
    document.getElementById('error').hidden = true;
  });
  document.getElementById('add-service').addEventListener('submit', function (e) {
    e.preventDefault();
    edit('/services', { name: document.getElementById('new-service').value }, true);
  });
  document.querySelectorAll('form.rename').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      edit('/services/' + encodeURIComponent(f.dataset.service) + '/rename', { to: f.querySelector('input').value }, true);
    });
  });
  document.querySelectorAll('form.remove').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      edit('/services/' + encodeURIComponent(f.dataset.service) + '/remove', { moveTo: f.querySelector('select').value }, true);
    });
  });
  document.getElementById('together').addEventListener('click', function () {
    edit('/groups', { kind: 'together', classes: Array.from(selected) }, true);
  });
  document.getElementById('apart').addEventListener('click', function () {
    edit('/groups', { kind: 'apart', classes: Array.from(selected) }, true);
  });
  document.querySelectorAll('.drop-group').forEach(function (b) {
    b.addEventListener('click', function () {
      edit('/groups/remove', { kind: b.dataset.kind, index: Number(b.dataset.index) }, true);
    });
  });

  // Graph view: services as compound nodes; aggregated by package or service when large.
  let cy = null;
  function showTab(graph) {
    document.getElementById('board').hidden = graph;
    document.getElementById('graph-panel').hidden = !graph;
    document.getElementById('tab-board').setAttribute('aria-selected', String(!graph));
    document.getElementById('tab-graph').setAttribute('aria-selected', String(graph));
    if (graph) drawGraph();
  }
  // Services on a grid, each one's members on a small grid inside it: readable and stable for thousands of
  // classes (force-directed layouts of compound graphs are slow and tangle), and the same picture every time.
  function positions(g) {
    const members = {};
    g.nodes.forEach(function (n) {
      if (n.data.parent) (members[n.data.parent] = members[n.data.parent] || []).push(n.data.id);
    });
    const services = g.nodes.filter(function (n) { return n.classes === 'service'; }).map(function (n) { return n.data.id; });
    const step = 46;
    const widest = services.reduce(function (m, s) {
      return Math.max(m, Math.ceil(Math.sqrt((members[s] || []).length)));
    }, 1);
    const cell = (widest + 2) * step;
    const cols = Math.max(1, Math.ceil(Math.sqrt(services.length)));
    const at = {};
    services.forEach(function (s, i) {
      const cx = (i % cols) * cell;
      const cy = Math.floor(i / cols) * cell;
      const kids = members[s] || [];
      const side = Math.max(1, Math.ceil(Math.sqrt(kids.length)));
      if (!kids.length) at[s] = { x: cx, y: cy };
      kids.forEach(function (k, j) {
        at[k] = { x: cx + ((j % side) - (side - 1) / 2) * step, y: cy + (Math.floor(j / side) - (side - 1) / 2) * step };
      });
    });
    return at;
  }

  async function drawGraph() {
    const level = document.getElementById('graph-level').value;
    const r = await api('/graph?level=' + encodeURIComponent(level), undefined, 'GET');
    if (!r.ok) { showError(r.json.error); return; }
    const g = r.json;
    document.getElementById('graph-info').textContent = g.nodes.length + ' nodes, ' + g.edges.length
      + ' edges, by ' + g.level;
    const elements = g.nodes.map(function (n) { return { data: n.data, classes: n.classes }; })
      .concat(g.edges.map(function (e) { return { data: e.data }; }));
    const max = g.edges.reduce(function (m, e) { return Math.max(m, e.data.weight); }, 1);
    if (cy) cy.destroy();
    cy = cytoscape({
      container: document.getElementById('graph'),
      elements: elements,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 7, 'background-color': '#5b7fbf',
            'width': 14, 'height': 14, 'color': '#223' } },
        { selector: 'node.service', style: { 'background-color': '#eef2fa', 'border-color': '#5b7fbf',
            'border-width': 1, 'font-size': 12, 'font-weight': 'bold', 'text-valign': 'top', 'shape': 'round-rectangle',
            'width': function (n) { return 20 + Math.sqrt(n.data('size') || 1) * 6; },
            'height': function (n) { return 20 + Math.sqrt(n.data('size') || 1) * 6; } } },
        { selector: 'node.package', style: { 'background-color': '#8aa6d8', 'shape': 'round-rectangle' } },
        { selector: 'edge', style: { 'curve-style': 'haystack', 'line-color': '#99a', 'opacity': 0.6,
            'width': function (e) { return 0.5 + 6 * Math.log(1 + e.data('weight')) / Math.log(1 + max); } } }
      ],
      layout: { name: 'preset', positions: positions(g), fit: true, padding: 20 }
    });
  }
  document.getElementById('tab-board').addEventListener('click', function () { showTab(false); });
  document.getElementById('tab-graph').addEventListener('click', function () { showTab(true); });
  document.getElementById('graph-level').addEventListener('change', drawGraph);
})();
