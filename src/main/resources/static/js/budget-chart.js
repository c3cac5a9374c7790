// Draws the budget page's bar chart (Chart.js 4) from its table of lines: allocated
// beside realised per line. Labels and figures come from the page itself, so the chart
// says exactly what the table says; without script the table stays.
(function () {
  'use strict';
  function number(value) {
    return Number(value || 0);
  }
  // Long labels are wrapped over lines, so the bars keep most of a phone's width.
  function wrap(label) {
    var lines = [];
    var line = '';
    String(label || '').split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > 14) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }
  function draw() {
    var canvas = document.getElementById('budget-chart');
    var rows = document.querySelectorAll('#budget-lines tbody tr[data-line]');
    if (!canvas || typeof window.Chart === 'undefined' || rows.length === 0) {
      return;
    }
    var lang = document.documentElement.lang || 'id';
    var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    var labels = [];
    var allocated = [];
    var realised = [];
    var realisedColours = [];
    rows.forEach(function (row) {
      var a = number(row.getAttribute('data-allocated'));
      var r = number(row.getAttribute('data-realised'));
      labels.push(wrap(row.getAttribute('data-label')));
      allocated.push(a);
      realised.push(r);
      realisedColours.push(r > a ? '#b91c1c' : '#0f766e');
    });
    var box = canvas.parentElement;
    box.style.height = Math.max(180, 56 * labels.length + 60) + 'px';
    canvas.setAttribute('data-drawn', 'true');
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.getAttribute('data-label-allocated'), data: allocated, backgroundColor: '#99f6e4',
            borderColor: '#0f766e', borderWidth: 1 },
          { label: canvas.getAttribute('data-label-realised'), data: realised, backgroundColor: realisedColours }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { callback: function (value) { return compact.format(value); } } } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              title: function (items) {
                return items.length ? rows[items[0].dataIndex].getAttribute('data-label') : '';
              },
              label: function (context) {
                return context.dataset.label + ': ' + canvas.getAttribute('data-currency') + ' '
                  + format.format(context.parsed.x);
              }
            }
          }
        }
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
