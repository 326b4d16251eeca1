// The proposal page's other views: the graph (services as compound nodes, aggregated by package or service when
// large) and "Why" (what each service is built around, why each shared class is shared). Both are drawn from the
// current plan when their tab opens, and again after each saved edit while open.
(function () {
  'use strict';
  const plan = window.CleavePlan;
  const el = plan.el;
  const project = document.body.dataset.project;
  const tabs = { board: 'board', graph: 'graph-panel', why: 'why-panel' };
  let cy = null;
  let shown = 'board';

  async function get(path) {
    const response = await fetch('/api/projects/' + encodeURIComponent(project) + path,
      { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
    let json = null;
    try { json = await response.json(); } catch (e) { json = { error: 'the server answered ' + response.status }; }
    return { ok: response.ok, status: response.status, json: json };
  }

  function showTab(name) {
    shown = name;
    Object.keys(tabs).forEach(function (t) {
      document.getElementById(tabs[t]).hidden = t !== name;
      document.getElementById('tab-' + t).setAttribute('aria-selected', String(t === name));
    });
    if (name === 'graph') drawGraph();
    if (name === 'why') loadWhy();
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

  let drawn = 0;

  async function drawGraph() {
    const level = document.getElementById('graph-level').value;
    const mine = ++drawn;
    const r = await get('/graph?level=' + encodeURIComponent(level));
    if (mine !== drawn) return; // a later choice is being drawn: this answer is stale
    if (!r.ok) { plan.showError(r.json.error); return; }
    const g = r.json;
    document.getElementById('graph-info').textContent = g.nodes.length + ' nodes, ' + g.edges.length
      + ' edges, by ' + g.level;
    const elements = g.nodes.map(function (n) { return { data: n.data, classes: n.classes }; })
      .concat(g.edges.map(function (e) { return { data: e.data, classes: e.classes }; }));
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
            'width': function (e) { return 0.5 + 6 * Math.log(1 + e.data('weight')) / Math.log(1 + max); } } },
        { selector: 'edge.link', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
            'target-arrow-color': '#99a', 'label': 'data(label)', 'font-size': 10, 'color': '#334',
            'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 2 } },
        { selector: 'edge.link:selected', style: { 'line-color': '#2f5fb3', 'target-arrow-color': '#2f5fb3', 'opacity': 1 } }
      ],
      layout: { name: 'preset', positions: positions(g), fit: true, padding: 20 }
    });
    showLinks(g);
    cy.on('tap', 'edge.link', function (evt) { openLink(evt.target.id()); });
    plan.graph = cy;
  }

  // Between services: each link with the operations that cross it, opened by a click on its arrow or its row
  function showLinks(g) {
    const box = document.getElementById('graph-links');
    box.replaceChildren();
    box.hidden = g.level !== 'service';
    if (box.hidden) return;
    const names = {};
    g.nodes.forEach(function (n) { if (n.data.name) names[n.data.id] = n.data.name; });
    box.append(el('h3', 'Links between services'));
    if (!g.edges.length) {
      box.append(el('p', 'No service depends on another one.', 'hint'));
      return;
    }
    const list = el('ul', null, 'links');
    g.edges.forEach(function (e) {
      const li = el('li', null, 'link');
      li.dataset.edge = e.data.id;
      li.dataset.from = names[e.data.source];
      li.dataset.to = names[e.data.target];
      const ops = e.data.operations || [];
      const details = el('details');
      details.append(el('summary', names[e.data.source] + ' → ' + names[e.data.target] + ' · weight '
        + e.data.weight + ' · ' + ops.length + (ops.length === 1 ? ' operation' : ' operations')));
      if (ops.length) {
        const ul = el('ul', null, 'ops');
        ops.forEach(function (op) { ul.append(el('li', op)); });
        details.append(ul);
      } else {
        details.append(el('p', 'type references only: no method of the other service is called', 'hint'));
      }
      li.append(details);
      list.append(li);
    });
    box.append(list);
  }

  function openLink(id) {
    const row = document.querySelector('#graph-links li.link[data-edge="' + id + '"]');
    if (!row) return;
    row.querySelector('details').open = true;
    row.scrollIntoView({ block: 'nearest' });
  }

  async function loadWhy() {
    const r = await get('/why');
    if (!r.ok) { plan.showError(r.json.error); return; }
    const box = document.getElementById('why');
    box.replaceChildren();
    const grid = el('div', null, 'why-services');
    r.json.services.forEach(function (s) { grid.append(serviceWhy(s)); });
    box.append(grid, sharedWhy(r.json.shared));
  }

  function serviceWhy(s) {
    const section = el('section', null, 'why-service');
    section.dataset.service = s.name;
    const h = el('h3', s.name);
    h.id = 'why-' + s.name;
    section.setAttribute('aria-labelledby', h.id);
    section.append(h, el('p', s.classes + ' classes · ' + s.lines + ' lines'
      + (s.pinned ? ' · ' + s.pinned + ' pinned' : ''), 'hint'));
    const dl = el('dl');
    const entries = s.entryPoints.slice();
    if (s.entryPointCount > entries.length) entries.push('and ' + (s.entryPointCount - entries.length) + ' more');
    fact(dl, 'Entry points', entries, 'none: other services or jobs reach it', 'entry-points');
    fact(dl, 'Tables it owns', s.tables, 'none', 'tables');
    if (s.otherTables.length) fact(dl, 'Also uses tables', s.otherTables, '', 'other-tables');
    fact(dl, 'Named after', s.stems.length ? [s.stems.join(', ')] : [], 'no word its class names share', 'stems');
    section.append(dl);
    return section;
  }

  function fact(dl, term, values, none, cls) {
    const dd = el('dd', null, cls);
    if (!values.length) {
      dd.append(el('span', none, 'hint'));
    } else {
      const ul = el('ul');
      values.forEach(function (v) { ul.append(el('li', v)); });
      dd.append(ul);
    }
    dl.append(el('dt', term), dd);
  }

  function sharedWhy(shared) {
    const section = el('section', null, 'why-shared');
    section.setAttribute('aria-labelledby', 'why-shared-h');
    const h = el('h3', 'Shared library (' + shared.length + (shared.length === 1 ? ' class)' : ' classes)'));
    h.id = 'why-shared-h';
    section.append(h);
    if (!shared.length) {
      section.append(el('p', 'No class is shared.', 'hint'));
      return section;
    }
    const table = el('table', null, 'why-shared-table');
    const head = el('tr');
    ['Class', 'Why it is shared'].forEach(function (t) {
      const th = el('th', t);
      th.scope = 'col';
      head.append(th);
    });
    table.append(head);
    shared.forEach(function (c) {
      const tr = el('tr');
      tr.dataset.class = c.className;
      const name = el('td', c.simpleName);
      name.title = c.className;
      const why = el('td');
      if (c.reasons.length) {
        const ul = el('ul');
        c.reasons.forEach(function (r) { ul.append(el('li', r)); });
        why.append(ul);
      } else {
        why.append(el('span', 'the splitter gives no rule: its ties to other classes placed it', 'hint'));
      }
      tr.append(name, why);
      table.append(tr);
    });
    section.append(table);
    return section;
  }

  document.addEventListener('cleave:saved', function () {
    if (shown === 'graph') drawGraph();
    if (shown === 'why') loadWhy();
  });
  Object.keys(tabs).forEach(function (t) {
    document.getElementById('tab-' + t).addEventListener('click', function () { showTab(t); });
  });
  document.getElementById('graph-level').addEventListener('change', drawGraph);
})();
