// Findings while translating (wagtail-localize's editor): check the translation as it stands after
// each saved segment, on "Check", and every half minute while the tab is visible.
(() => {
  const AFTER_SAVE_MS = 1200;
  const PERIOD_MS = 30000;
  // wagtail-localize saves each segment with fetch(PUT/DELETE) to .../translate/<id>/strings|overrides/...
  const SEGMENT_SAVE = /\/translate\/\d+\/(strings|overrides)\//;

  function start(region) {
    if (region.dataset.started) return;
    region.dataset.started = 'true';
    const editor = document.querySelector('.js-translation-editor');
    if (editor) editor.before(region); // above the segments, where the translator looks first
    const results = region.querySelector('[data-compliance-results]');
    const status = region.querySelector('[data-compliance-status]');
    const button = region.querySelector('[data-compliance-check]');
    let busy = false;
    let again = false;
    let timer = null;
    let lastHtml = null;
    let lastSummary = null;

    async function check(announce) {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      region.setAttribute('aria-busy', 'true');
      if (announce) status.textContent = region.dataset.checkingText;
      try {
        const response = await fetch(region.dataset.checkUrl, {
          credentials: 'same-origin',
          headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        });
        if (!response.ok) throw new Error(String(response.status));
        const data = await response.json();
        if (data.html !== lastHtml) {
          results.innerHTML = data.html; // only when changed: a reader inside the list keeps its place
          lastHtml = data.html;
        }
        // Announce a changed result, or any result the translator asked for.
        if (announce || data.summary !== lastSummary) status.textContent = data.summary;
        lastSummary = data.summary;
        region.dataset.errors = String(data.errors);
      } catch (error) {
        status.textContent = region.dataset.failedText;
      } finally {
        busy = false;
        region.removeAttribute('aria-busy');
        if (again) {
          again = false;
          check(false);
        }
      }
    }

    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => check(false), AFTER_SAVE_MS);
    };

    const originalFetch = window.fetch;
    window.fetch = function fetchAndNotice(input, init) {
      const promise = originalFetch.apply(this, arguments);
      const method = ((init && init.method) || (input && input.method) || 'GET').toUpperCase();
      const url = typeof input === 'string' ? input : (input && input.url) || String(input);
      if (method !== 'GET' && SEGMENT_SAVE.test(url)) {
        promise.then((response) => response.ok && soon(), () => {});
      }
      return promise;
    };

    button.addEventListener('click', () => check(true));
    setInterval(() => {
      if (!document.hidden) check(false);
    }, PERIOD_MS);
    check(false);
  }

  const init = () => document.querySelectorAll('[data-compliance-translation]').forEach(start);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
