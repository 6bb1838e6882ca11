/*
 * Art. 4: draws the dashboards' charts with ECharts from the figures the page carries
 * (data-dashboard: the REST API's JSON) and the words of its language (data-labels). No inline
 * script (the Content-Security-Policy allows scripts from the portal only); each chart is a
 * role="img" with its text alternative, the table beside it.
 */
(function () {
  'use strict';

  function percent(rate) {
    return rate === null ? null : Math.round(rate * 1000) / 10;
  }

  function months() {
    var names = [];
    for (var m = 1; m <= 12; m++) {
      names.push(String(m));
    }
    return names;
  }

  function monthsChart(data, labels) {
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', name: labels['dashboard.month'], data: months() },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: labels['dashboard.opened'], type: 'bar', data: data.applications.openedByMonth },
        { name: labels['dashboard.steps.closed'], type: 'bar', data: data.onTime.closedByMonth },
        { name: labels['dashboard.faults.reported'], type: 'line', data: data.faults.reportedByMonth }
      ]
    };
  }

  function satisfactionChart(data, labels) {
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', name: labels['dashboard.month'], data: months() },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: labels['dashboard.units.rate'],
          type: 'line',
          connectNulls: true,
          data: data.satisfaction.units.rateByMonth.map(percent)
        },
        {
          name: labels['dashboard.citizens.rate'],
          type: 'line',
          connectNulls: true,
          data: data.satisfaction.citizens.rateByMonth.map(percent)
        }
      ]
    };
  }

  function citiesChart(data, labels) {
    var names = data.ranking.map(function (r) { return labels.cities[r.tenant] || r.tenant; });
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: labels['dashboard.steps.onTimeRate'],
          type: 'bar',
          data: data.ranking.map(function (r) { return percent(r.onTimeRate); })
        },
        {
          name: labels['dashboard.adoption.ratio'],
          type: 'bar',
          data: data.ranking.map(function (r) { return percent(r.adoptionRatio); })
        }
      ]
    };
  }

  var CHARTS = { months: monthsChart, satisfaction: satisfactionChart, cities: citiesChart };

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var build = CHARTS[element.getAttribute('data-chart')];
      if (!build) {
        return;
      }
      var data = JSON.parse(element.getAttribute('data-dashboard'));
      var labels = JSON.parse(element.getAttribute('data-labels'));
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(build(data, labels));
      element.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
