// The proposal page's "Generation" panel: whether the current plan can be generated and what each service will be
// made of (GET /api/projects/{id}/readiness). The server checks in the background (seconds: it parses the
// monolith), so the panel says "checking" and asks again until the answer for the current version is there. After
// an edit it waits for a pause in the editing before asking (the server coalesces anyway).
(function () {
  'use strict';
  const body = document.body;
  const project = body.dataset.project;
  const box = document.getElementById('readiness');
  const PAUSE_MS = 800;
  const POLL_MS = 1000;
  let timer = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  function later(ms) {
    clearTimeout(timer);
    timer = setTimeout(load, ms);
  }

  async function load() {
    const asked = Number(body.dataset.version);
    let answer;
    try {
      const response = await fetch('/api/projects/' + encodeURIComponent(project) + '/readiness',
        { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
      answer = await response.json();
      if (!response.ok) answer = { state: 'failed', version: asked, message: answer.error };
    } catch (e) {
      answer = { state: 'failed', version: asked, message: 'the wizard cannot be reached (' + e.message + ')' };
    }
    if (Number(body.dataset.version) !== asked) return; // an edit came in meanwhile; it asks again itself
    if (answer.state === 'checking' || answer.version !== asked) {
      checking();
      later(POLL_MS);
      return;
    }
    show(answer);
  }

  function checking() {
    if (box.dataset.state === 'checking' && box.childElementCount) return;
    box.dataset.state = 'checking';
    box.setAttribute('aria-busy', 'true');
    box.replaceChildren(el('p', 'Checking whether this plan can be generated…', 'readiness-summary checking'));
  }

  function show(r) {
    box.dataset.state = r.state;
    box.dataset.version = String(r.version);
    box.setAttribute('aria-busy', 'false');
    box.replaceChildren();
    if (r.state === 'refused') {
      const problem = el('div', null, 'problem');
      problem.append(el('p', '✗ This plan cannot be generated yet:', 'readiness-summary refused'),
        el('p', r.message, 'readiness-message'),
        el('p', 'The check runs again after each edit.', 'hint'));
      box.append(problem);
      return;
    }
    if (r.state === 'failed') {
      const warning = el('div', null, 'warning');
      warning.append(el('p', 'The check could not run:', 'readiness-summary failed'), el('p', r.message, 'readiness-message'));
      box.append(warning);
      return;
    }
    const warnings = r.warnings.length + r.services.reduce(function (n, s) { return n + s.warnings.length; }, 0);
    box.append(el('p', '✓ Ready to generate ' + plural(r.services.length, 'service', 'services')
      + (warnings ? ' · ' + plural(warnings, 'warning', 'warnings') : ''), 'readiness-summary ready'));
    const details = el('details', null, 'readiness-details');
    details.append(el('summary', 'What each service will be'));
    const list = el('ul', null, 'readiness-services');
    r.services.forEach(function (s) { list.append(service(s)); });
    details.append(list);
    if (r.warnings.length) {
      details.append(el('h3', 'Other warnings'));
      details.append(warningList(r.warnings));
    }
    box.append(details);
  }

  function service(s) {
    const li = el('li', null, 'readiness-service');
    li.dataset.service = s.name;
    const parts = [plural(s.classes, 'class', 'classes'), plural(s.copies, 'copy', 'copies') + ' of others\' classes',
      'serves ' + plural(s.operations, 'operation', 'operations')];
    if (s.calls.length) parts.push('calls ' + s.calls.join(', '));
    if (s.sharedTables.length) parts.push('shares tables ' + s.sharedTables.join(', '));
    li.append(el('strong', s.name), el('span', ': ' + parts.join(', ')));
    if (s.warnings.length) li.append(warningList(s.warnings));
    return li;
  }

  function warningList(warnings) {
    const ul = el('ul', null, 'readiness-warnings');
    warnings.forEach(function (w) { ul.append(el('li', '⚠ ' + w)); });
    return ul;
  }

  document.addEventListener('cleave:saved', function () {
    checking();
    later(PAUSE_MS);
  });
  load();
})();
