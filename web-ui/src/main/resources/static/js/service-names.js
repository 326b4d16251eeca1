// The rules of a service name, said precisely (the server applies the same ones: ServiceNames.java). Every
// <input data-service-name> is checked as the user types: its error (the element its aria-describedby names) says
// what is wrong, and the browser refuses to send its form with that same message.
window.CleaveNames = (function () {
  'use strict';
  const MAX = 63;

  function problem(raw) {
    const name = raw.trim();
    if (!name) return "give the service a name: lower case letters, digits and '-', starting with a letter";
    const problems = [];
    if (name.length > MAX) {
      problems.push('is ' + name.length + ' characters long: at most ' + MAX
        + ' are allowed (the name becomes a Kubernetes and DNS name)');
    }
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      problems.push("must be lower case letters, digits and '-', starting with a letter (it becomes an artifact"
        + ' and a host name)');
    }
    const shown = name.length <= 24 ? name : name.substring(0, 20) + '…';
    return problems.length ? "service name '" + shown + "' " + problems.join(' and ') : null;
  }

  // Shows (or clears, with no message) the error of a name field.
  function show(input, message) {
    const box = document.getElementById(input.getAttribute('aria-describedby'));
    if (box) box.textContent = message || '';
    input.setAttribute('aria-invalid', String(Boolean(message)));
    input.setCustomValidity(message || '');
  }

  // Checks as the user types: an error shows once the name is too long, or again once it was shown.
  function watch(input) {
    input.addEventListener('input', function () {
      const message = problem(input.value);
      if (!message || input.getAttribute('aria-invalid') === 'true' || input.value.trim().length > MAX) {
        show(input, message);
      } else {
        input.setCustomValidity(message);
      }
    });
    input.addEventListener('invalid', function () { show(input, problem(input.value)); });
  }

  document.querySelectorAll('input[data-service-name]').forEach(watch);
  return { MAX: MAX, problem: problem, show: show };
})();
