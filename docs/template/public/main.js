// The site's additions to DocFX's modern template (DocFX imports this module and reads its default export):
// - charts: each <figure class="ls-chart"> holds its data as JSON (written by `laborstd export --format markdown` for
//   the standard's pages, by `docs-check benchmark-charts` for the benchmarks page) and is drawn here with Chart.js,
//   which the site bundles (public/chart.js/, restored from the npm registry by docs/package-lock.json);
// - diagrams on a narrow screen: Mermaid fits a diagram to the page's width, which on a phone makes a wide one too
//   small to read; there it keeps at least a legible width and scrolls sideways inside its own box;
// - tables on a narrow screen: every cell is labelled with its column's header, and a table that would be wider than
//   the page is laid out as one card per row (main.css), so that nothing scrolls sideways on a phone.
//
// The JSON of a chart (the only shape the writers produce):
//   { "axis": "title of the value axis", "unit": "%", "scale": "linear" | "logarithmic" (optional),
//     "categories": [ ["first line of a label", "second line"], ... ],
//     "series": [ { "name": "legend", "values": [ one number per category, or null where it has none ] }, ... ] }
// Each category is a group of horizontal bars, one bar per series.

const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b']

export default {
  // Mermaid's labels wrap at this width; the figures' boxes hold a Chinese line and its English.
  mermaid: { flowchart: { wrappingWidth: 300, useMaxWidth: true } },

  start () {
    // DocFX wraps the tables in its own elements right after this call; work on the page once it has.
    setTimeout(() => {
      labelCells()
      reflowTables()
      legibleDiagrams()
      window.addEventListener('resize', () => requestAnimationFrame(() => { reflowTables(); sizeDiagrams() }))
      drawCharts().catch(error => console.error('charts: ' + error))
    }, 0)
  }
}

/** Gives each cell of an article's table its column's header as data-label, for the card layout. */
function labelCells () {
  for (const table of document.querySelectorAll('article table')) {
    const headers = [...table.querySelectorAll('thead th')].map(th => th.innerText.trim().replace(/\s*\n\s*/g, ' · '))
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (headers[i]) {
          cell.setAttribute('data-label', headers[i])
        }
      })
    }
  }
}

/**
 * Lays a table out as cards when it is wider than the article (measured in its table layout), and back as a table
 * when there is room again. Tables of requirements are always cards on a phone-sized screen.
 */
function reflowTables () {
  const phone = window.matchMedia('(max-width: 575.98px)').matches
  for (const table of document.querySelectorAll('article table')) {
    table.classList.remove('ls-cards')
    const room = (table.closest('.table-responsive') || table.parentElement).clientWidth
    const requirements = table.closest('.ls-requirements') !== null
    if ((requirements && phone) || table.scrollWidth > room + 1) {
      table.classList.add('ls-cards')
    }
  }
}

/** The narrowest a diagram is drawn on a phone before its box scrolls: about three quarters of Mermaid's size. */
const legibleWidth = 520

/** Sizes each diagram once Mermaid has drawn it (and again when DocFX redraws it for a change of theme). */
function legibleDiagrams () {
  const diagrams = document.querySelectorAll('article pre.mermaid, article pre > code.lang-mermaid')
  if (diagrams.length === 0) {
    return
  }

  new MutationObserver(sizeDiagrams).observe(document.querySelector('article'), { childList: true, subtree: true })
  sizeDiagrams()
}

function sizeDiagrams () {
  const phone = window.matchMedia('(max-width: 575.98px)').matches
  for (const svg of document.querySelectorAll('article pre.mermaid > svg')) {
    const natural = parseFloat(svg.style.maxWidth) || 0
    const width = phone && natural > 0 ? Math.min(natural, legibleWidth) + 'px' : ''
    if (svg.style.minWidth !== width) {
      svg.style.minWidth = width
    }
  }
}

async function drawCharts () {
  const figures = [...document.querySelectorAll('figure.ls-chart')]
  if (figures.length === 0) {
    return
  }

  const Chart = await loadChartJs()
  const dark = document.documentElement.getAttribute('data-bs-theme') === 'dark'
  Chart.defaults.color = dark ? '#dee2e6' : '#212529'
  Chart.defaults.borderColor = dark ? 'rgba(255,255,255,0.15)' : 'rgba(0,0,0,0.1)'
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily

  for (const figure of figures) {
    try {
      draw(Chart, figure)
      figure.setAttribute('data-rendered', 'true')
    } catch (error) {
      figure.setAttribute('data-rendered', 'error')
      console.error('chart ' + figure.id + ': ' + error)
    }
  }
}

/** Chart.js's UMD build, loaded once as a classic script (it defines window.Chart). */
function loadChartJs () {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = new URL('chart.js/chart.umd.min.js', import.meta.url).href
    script.onload = () => resolve(window.Chart)
    script.onerror = () => reject(new Error('public/chart.js/chart.umd.min.js could not be loaded'))
    document.head.appendChild(script)
  })
}

function draw (Chart, figure) {
  const spec = JSON.parse(figure.querySelector('script[type="application/json"]').textContent)
  const bars = spec.categories.length * spec.series.length
  const box = document.createElement('div')
  box.className = 'ls-chart-box'
  // Room for each bar and the gaps between groups, the legend and the axis.
  box.style.height = (bars * 22 + spec.categories.length * 14 + 90) + 'px'
  const canvas = document.createElement('canvas')
  canvas.setAttribute('role', 'img')
  canvas.setAttribute('aria-label', figure.querySelector('figcaption')?.innerText || figure.id)
  box.appendChild(canvas)
  figure.insertBefore(box, figure.firstChild)

  const format = value => number(value) + (spec.unit === '%' ? '%' : ' ' + spec.unit)
  new Chart(canvas, { // eslint-disable-line no-new
    type: 'bar',
    data: {
      labels: spec.categories.map(lines => wrap(lines, box.clientWidth)),
      datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: palette[i % palette.length] }))
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Room right of the plot for the value written at the end of the longest bar.
      layout: { padding: { right: 72 } },
      scales: {
        x: {
          type: spec.scale || 'linear',
          beginAtZero: true,
          title: { display: true, text: spec.axis },
          // On a logarithmic axis only 1, 2 and 5 times a power of ten, so that the labels do not run together.
          ticks: { maxRotation: 0, callback: value => spec.scale !== 'logarithmic' || roundLog(value) ? number(value) : '' }
        },
        y: { ticks: { autoSkip: false } }
      },
      plugins: {
        legend: { display: spec.series.length > 1, position: 'top' },
        tooltip: { callbacks: { label: item => item.dataset.label + ': ' + format(item.raw) } }
      }
    },
    plugins: [valueLabels(format)]
  })
}

function number (value) {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/** Whether a value is 1, 2 or 5 times a power of ten. */
function roundLog (value) {
  const lead = value / 10 ** Math.floor(Math.log10(value) + 1e-9)
  return [1, 2, 5].some(d => Math.abs(lead - d) < 1e-6)
}

/** Writes each bar's value at its end, so the numbers can be read without hovering. */
function valueLabels (format) {
  return {
    id: 'lsValueLabels',
    afterDatasetsDraw (chart) {
      const { ctx } = chart
      ctx.save()
      ctx.font = '11px ' + chart.options.font.family
      ctx.fillStyle = chart.options.color
      ctx.textBaseline = 'middle'
      chart.data.datasets.forEach((dataset, i) => {
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          if (typeof dataset.data[j] === 'number') {
            ctx.fillText(format(dataset.data[j]), bar.x + 4, bar.y)
          }
        })
      })
      ctx.restore()
    }
  }
}

/** Breaks a label's long lines at spaces so that the labels take at most about 40% of a narrow chart. */
function wrap (lines, width) {
  const limit = Math.max(14, Math.floor(width * 0.4 / 6.5))
  const result = []
  for (const line of lines) {
    let current = ''
    for (const word of line.split(' ')) {
      if (current && (current + ' ' + word).length > limit) {
        result.push(current)
        current = word
      } else {
        current = current ? current + ' ' + word : word
      }
    }

    result.push(current)
  }

  return result
}
