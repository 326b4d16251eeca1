// The proposal page: drag and drop of class cards, live metrics and column sizes, explanations, edits.
// Talks to /api/projects/{id}/...; every edit names the plan version it was made on (409 when stale). After each
// saved edit it fires "cleave:saved" on the document (detail: the new state), which the views and the readiness
// panel (plan-views.js, readiness.js) listen to.
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
  let explained = 0;

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

  // Runs an edit; the answer when it was saved, else false. A 409 shows the conflict banner; other errors go to
  // options.onError when given (a field's message), else to the error banner.
  async function edit(path, payload, options) {
    const opts = options === true ? { reload: true } : (options || {});
    if (busy) return false;
    busy = true;
    try {
      const r = await api(path, Object.assign({ version: version }, payload));
      if (r.status === 409) {
        showConflict(r.json.error);
        return false;
      }
      if (!r.ok) {
        const message = r.json.error || ('the server answered ' + r.status);
        if (opts.onError) opts.onError(message); else showError(message);
        return false;
      }
      const state = r.json.state || r.json;
      setState(state);
      if (opts.reload) window.location.reload();
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
    document.dispatchEvent(new CustomEvent('cleave:saved', { detail: state }));
  }

  function fmt(key, value) {
    if (['crossEdges', 'remoteOps', 'crossTransactionalCalls', 'services', 'classes'].includes(key)) return String(value);
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

  // Each column's class and line count, from the cards it holds now.
  function updateCounts() {
    document.querySelectorAll('.column').forEach(function (col) {
      const cards = col.querySelectorAll('.card');
      let lines = 0;
      cards.forEach(function (c) { lines += Number(c.dataset.lines || 0); });
      col.querySelector('.size .classes').textContent = String(cards.length);
      col.querySelector('.size .classes-word').textContent = cards.length === 1 ? 'class' : 'classes';
      col.querySelector('.size .lines').textContent = String(lines);
    });
  }

  function cardOf(fqn) {
    return document.querySelector('.card[data-class="' + CSS.escape(fqn) + '"]');
  }

  function listOf(service) {
    return document.querySelector('.cards[data-service="' + CSS.escape(service) + '"]');
  }

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

  // Selects a card (or adds it to the selection) and explains it; with focusMove, focus then goes to the Move
  // control of the explanation, as a keyboard user expects after Enter.
  function select(card, add, focusMove) {
    const fqn = card.dataset.class;
    if (add) {
      if (selected.has(fqn)) selected.delete(fqn); else selected.add(fqn);
    } else {
      selected.clear();
      selected.add(fqn);
    }
    refreshSelection();
    explain(fqn).then(function (shown) {
      const target = document.getElementById('move-target');
      if (shown && focusMove && target) target.focus();
    });
  }

  function services() {
    return Array.from(document.querySelectorAll('.cards')).map(function (c) { return c.dataset.service; })
      .filter(function (s) { return s !== UNASSIGNED; });
  }

  // Shows the explanation of a class; true when it is the latest one asked for and was shown.
  async function explain(fqn) {
    const asked = ++explained;
    const r = await api('/explain?class=' + encodeURIComponent(fqn), undefined, 'GET');
    if (asked !== explained) return false;
    if (!r.ok) { showError(r.json.error); return false; }
    renderExplanation(r.json);
    return true;
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
      moveClasses(classes, select.value, null);
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
    const reasons = x.reasons || [];
    if (reasons.length) {
      box.append(el('h4', x.place === SHARED ? 'Why it is shared' : 'Why it is here'));
      const ul = el('ul', null, 'reasons');
      reasons.forEach(function (r) { ul.append(el('li', r)); });
      box.append(ul);
    }
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

  // Where a card is now, to put it back there if the server refuses its move.
  function origin(card) {
    return { card: card, list: card.parentElement, next: card.nextElementSibling };
  }

  // Moves classes on the server. The cards move at once (by the drag, or here when origins is null); if the
  // server refuses (409: the plan changed elsewhere; 400: the move breaks a decision) every card goes back where it
  // was, in reverse order so that neighbours land in their old order, and the server's message is shown.
  async function moveClasses(classes, to, origins) {
    if (!origins) {
      origins = [];
      const target = listOf(to);
      classes.forEach(function (fqn) {
        const card = cardOf(fqn);
        origins.push(origin(card));
        target.append(card);
      });
    }
    updateCounts();
    const result = await edit('/moves', { classes: classes, to: to });
    if (!result) {
      origins.slice().reverse().forEach(function (b) { b.list.insertBefore(b.card, b.next); });
      updateCounts();
      announce('Not moved: ' + classes.map(simple).join(', ') + ' stayed where it was');
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
        // the dragged card already left evt.from: it goes back before the card now at its old index
        const origins = [{ card: evt.item, list: evt.from, next: evt.from.children[evt.oldIndex] || null }];
        classes.forEach(function (c) {
          if (c === fqn) return;
          const card = cardOf(c);
          origins.push(origin(card));
          evt.to.append(card);
        });
        moveClasses(classes, evt.to.dataset.service, origins);
      }
    });
  });

  document.getElementById('board').addEventListener('click', function (e) {
    const card = e.target.closest('.card');
    if (card) select(card, e.ctrlKey || e.metaKey, false);
  });
  document.getElementById('board').addEventListener('keydown', function (e) {
    const card = e.target.closest('.card');
    if (!card) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(card, e.shiftKey, !e.shiftKey);
    }
  });

  document.addEventListener('keydown', function (e) {
    if (!(e.ctrlKey || e.metaKey) || e.target.matches('input, select, textarea')) return;
    if (document.querySelector('dialog[open]')) return;
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

  // for plan-services.js and plan-views.js
  window.CleavePlan = { edit: edit, el: el, label: label, listOf: listOf, services: services, showError: showError };
})();
