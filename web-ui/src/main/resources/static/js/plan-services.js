// The proposal page's service edits: add and rename, with the name rules said precisely (service-names.js), and
// remove after asking, with the user's choice of who takes the removed service's classes. Uses plan.js's edit().
(function () {
  'use strict';
  const plan = window.CleavePlan;
  const edit = plan.edit;
  const el = plan.el;
  const names = window.CleaveNames;

  // A form with one service-name field: checked first (service-names.js), then sent; the server's refusal lands
  // by the field too.
  function nameForm(form, send) {
    const input = form.querySelector('input[data-service-name]');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      const problem = names.problem(input.value);
      names.show(input, problem);
      if (problem) { input.focus(); return; }
      send(input.value.trim(), function (message) { names.show(input, message); input.focus(); });
    });
  }

  nameForm(document.getElementById('add-service'), function (name, onError) {
    edit('/services', { name: name }, { reload: true, onError: onError });
  });
  document.querySelectorAll('form.rename').forEach(function (f) {
    nameForm(f, function (name, onError) {
      edit('/services/' + encodeURIComponent(f.dataset.service) + '/rename', { to: name },
        { reload: true, onError: onError });
    });
  });

  // Removing a service asks first, and lets the user choose who takes its classes.
  const removeDialog = document.getElementById('remove-dialog');
  let removing = null;
  document.querySelectorAll('button.remove-service').forEach(function (b) {
    b.addEventListener('click', function () { askRemove(b); });
  });

  function askRemove(button) {
    const service = button.dataset.service;
    const list = plan.listOf(service);
    const cards = list.querySelectorAll('.card');
    let lines = 0;
    cards.forEach(function (c) { lines += Number(c.dataset.lines || 0); });
    removing = { service: service, opener: button, empty: cards.length === 0 };
    removeDialog.querySelector('.service').textContent = service;
    removeDialog.querySelector('.remove-what').textContent = cards.length === 0
      ? 'It has no classes.'
      : 'Its ' + cards.length + (cards.length === 1 ? ' class' : ' classes') + ' (' + lines + ' lines) '
        + (cards.length === 1 ? 'moves' : 'move') + ' to the service you choose, or to the shared library.';
    const target = document.getElementById('remove-target');
    target.replaceChildren();
    const none = el('option', 'choose where its classes go');
    none.value = '';
    target.append(none);
    plan.services().filter(function (s) { return s !== service; }).forEach(function (s) {
      const o = el('option', plan.label(s));
      o.value = s;
      target.append(o);
    });
    target.required = cards.length > 0;
    removeDialog.querySelector('.remove-choice').hidden = cards.length === 0;
    removeDialog.returnValue = '';
    removeDialog.showModal();
    (cards.length ? target : document.getElementById('remove-confirm')).focus();
  }

  removeDialog.addEventListener('close', function () {
    const r = removing;
    removing = null;
    if (!r) return;
    if (removeDialog.returnValue !== 'ok') { r.opener.focus(); return; }
    const target = document.getElementById('remove-target');
    const moveTo = r.empty ? plan.services().find(function (s) { return s !== r.service; }) : target.value;
    edit('/services/' + encodeURIComponent(r.service) + '/remove', { moveTo: moveTo }, true);
  });

})();
