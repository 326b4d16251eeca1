// Asks before a form does something that replaces or removes work: a form with data-confirm="<dialog id>" opens
// that <dialog> first and is sent only when the dialog closes with the value "ok". Delegated from the document, so
// forms swapped in later (the analysis page's polled fragment) are covered too.
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    const form = e.target;
    const id = form.dataset.confirm;
    if (!id || form.dataset.confirmed === 'yes') return;
    const dialog = document.getElementById(id);
    if (!dialog || typeof dialog.showModal !== 'function') return;
    e.preventDefault();
    const opener = e.submitter || document.activeElement;
    dialog.returnValue = '';
    dialog.addEventListener('close', function () {
      if (dialog.returnValue === 'ok') {
        form.dataset.confirmed = 'yes';
        form.requestSubmit();
      } else if (opener && opener.focus) {
        opener.focus();
      }
    }, { once: true });
    dialog.showModal();
  });
})();
