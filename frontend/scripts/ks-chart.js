// <ks-chart>: an Apache ECharts chart drawn from the JSON in its "option" attribute. ECharts itself comes from its
// webjar (loaded by the page before this script); the element redraws when the option changes and follows its size.
(() => {
  if (customElements.get('ks-chart')) {
    return;
  }
  class KsChart extends HTMLElement {
    static get observedAttributes() {
      return ['option'];
    }

    connectedCallback() {
      this.style.display = 'block';
      this.draw();
      this.resizer = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizer.observe(this);
    }

    disconnectedCallback() {
      if (this.resizer) {
        this.resizer.disconnect();
      }
      if (this.chart) {
        this.chart.dispose();
        this.chart = null;
      }
    }

    attributeChangedCallback() {
      this.draw();
    }

    draw() {
      const option = this.getAttribute('option');
      if (!this.isConnected || !option) {
        return;
      }
      if (!window.echarts) {
        // the library is still loading: try again shortly
        setTimeout(() => this.draw(), 50);
        return;
      }
      if (!this.chart) {
        this.chart = window.echarts.init(this, null, { renderer: 'canvas' });
      }
      this.chart.setOption(JSON.parse(option), true);
    }
  }
  customElements.define('ks-chart', KsChart);
})();
