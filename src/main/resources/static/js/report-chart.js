// Draws a report's bar chart (Chart.js 4) from its own table: one bar per row for the
// column chosen in the list above the chart (the first figure column at first). Hidden
// (suppressed) figures are left out rather than drawn as zero. Without script the table
// stays as it is.
(function () {
  'use strict';
  var chart = null;
  function columns(table) {
    var found = [];
    table.querySelectorAll('thead th[data-code]').forEach(function (th, index) {
      var measure = th.getAttribute('data-measure');
      if (measure !== 'BAND') {
        found.push({ index: index, label: th.textContent.trim() });
      }
    });
    return found;
  }
  function draw(table, canvas, column) {
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cell = row.querySelectorAll('td')[column.index];
      if (!cell || cell.getAttribute('data-suppressed') === 'true') {
        return;
      }
      var value = cell.getAttribute('data-value');
      labels.push(row.getAttribute('data-label'));
      values.push(value === null || value === '' ? 0 : Number(value));
    });
    var box = canvas.parentElement;
    box.style.height = Math.max(160, 34 * labels.length + 60) + 'px';
    if (chart) {
      chart.destroy();
    }
    var lang = document.documentElement.lang || 'id';
    var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    chart = new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: column.label, data: values, backgroundColor: '#0f766e' }] },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false },
          tooltip: { callbacks: { label: function (item) { return format.format(item.parsed.x); } } } },
        scales: { x: { beginAtZero: true, ticks: { callback: function (v) { return format.format(v); } } } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }
  function start() {
    var table = document.getElementById('report-table');
    var canvas = document.getElementById('report-chart');
    var select = document.getElementById('chart-column');
    if (!table || !canvas || !select || typeof window.Chart === 'undefined') {
      return;
    }
    var found = columns(table);
    if (found.length === 0) {
      document.getElementById('report-chart-box').hidden = true;
      return;
    }
    document.getElementById('report-chart-box').hidden = false;
    found.forEach(function (column, i) {
      var option = document.createElement('option');
      option.value = String(i);
      option.textContent = column.label;
      select.appendChild(option);
    });
    select.addEventListener('change', function () {
      draw(table, canvas, found[Number(select.value)]);
    });
    draw(table, canvas, found[0]);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
