(function () {
  var rows = document.querySelectorAll('#violations tbody tr');
  var buttons = document.querySelectorAll('.filters button');
  function show(filter) {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = filter === 'all' || row.dataset.status === filter;
      row.classList.toggle('hidden', !visible);
      if (visible) { shown++; }
    });
    buttons.forEach(function (b) { b.classList.toggle('active', b.dataset.filter === filter); });
    document.getElementById('shown').textContent = String(shown);
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { show(b.dataset.filter); }); });
  show(document.querySelector('#violations tbody tr[data-status="new"]') ? 'new' : 'all');
  document.documentElement.dataset.ready = 'true';
})();
