// The findings next to Wagtail's preview: the summary follows the side panel's live check
// (event "compliance:checked"), and errors and warnings are marked in the preview frame, each with
// a visible label (not by colour alone). The preview is same-origin; it is replaced on every
// refresh, so the marks are applied again when Wagtail says the new frame has loaded.
(() => {
  const STYLES = {
    error: { outline: '3px solid #cd4444', badge: '#fde8e8' },
    warning: { outline: '3px dashed #8a5300', badge: '#fdf3e1' },
  };
  const TEXT_CONTAINERS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, blockquote, a, button, label, span, strong, em';
  const VOID = new Set(['IMG', 'INPUT', 'BR', 'HR', 'IFRAME', 'VIDEO', 'AUDIO', 'SVG', 'SELECT', 'TEXTAREA']);

  let highlights = [];
  const normalise = (text) => (text || '').replace(/\s+/g, ' ').trim();

  function frameDocument() {
    const frame = document.getElementById('w-preview-iframe');
    try {
      return frame && frame.contentDocument && frame.contentDocument.body ? frame.contentDocument : null;
    } catch (error) {
      return null; // not same-origin: nothing to mark
    }
  }

  function clear(doc) {
    doc.querySelectorAll('[data-compliance-badge]').forEach((badge) => badge.remove());
    doc.querySelectorAll('[data-compliance-finding]').forEach((element) => {
      element.style.outline = '';
      element.style.outlineOffset = '';
      element.removeAttribute('data-compliance-finding');
    });
  }

  // The element a finding is about: by selector for the page as rendered, else by its excerpt.
  function locate(doc, highlight) {
    if (highlight.location) {
      try {
        const element = doc.querySelector(highlight.location);
        if (element) return element;
      } catch (error) {
        /* not a CSS selector (e.g. a PDF location) */
      }
    }
    const excerpt = highlight.excerpt || '';
    if (excerpt.trim().startsWith('<')) {
      const template = doc.createElement('template');
      template.innerHTML = excerpt;
      const sample = template.content.firstElementChild;
      if (!sample) return null;
      const text = normalise(sample.textContent);
      const src = sample.getAttribute('src');
      return Array.from(doc.body.querySelectorAll(sample.tagName)).find((element) =>
        src ? element.getAttribute('src') === src : text && normalise(element.textContent) === text,
      );
    }
    // Checkers shorten long excerpts with an ellipsis: look for the part they kept.
    const text = normalise(excerpt).replace(/^…|…$/g, '').trim();
    if (text.length < 3) return null;
    let best = null;
    doc.body.querySelectorAll(TEXT_CONTAINERS).forEach((element) => {
      const own = normalise(element.textContent);
      if (own.includes(text) && (!best || own.length <= normalise(best.textContent).length)) best = element;
    });
    return best;
  }

  function mark(doc, element, highlight, labels) {
    const style = STYLES[highlight.severity];
    element.style.outline = style.outline;
    element.style.outlineOffset = '2px';
    element.setAttribute('data-compliance-finding', highlight.severity);
    const badge = doc.createElement('span');
    badge.setAttribute('data-compliance-badge', '');
    badge.textContent = `${labels[highlight.severity]}: ${highlight.label} – ${highlight.message}`;
    Object.assign(badge.style, {
      display: 'inline-block',
      margin: '0 0.25rem 0.25rem 0',
      padding: '0.1rem 0.4rem',
      font: '600 0.8rem/1.3 system-ui, sans-serif',
      color: '#1a1a1a',
      background: style.badge,
      border: style.outline.replace('3px', '1px'),
    });
    element.insertAdjacentElement(VOID.has(element.tagName.toUpperCase()) ? 'beforebegin' : 'afterbegin', badge);
  }

  function apply() {
    const box = document.querySelector('[data-compliance-preview]');
    const doc = frameDocument();
    if (!box || !doc) return;
    clear(doc);
    if (!box.querySelector('[data-compliance-preview-highlight]').checked) return;
    const labels = { error: box.dataset.errorLabel, warning: box.dataset.warningLabel };
    const located = highlights.map((highlight) => [locate(doc, highlight), highlight]);
    located.forEach(([element, highlight]) => {
      if (element && !element.hasAttribute('data-compliance-finding')) mark(doc, element, highlight, labels);
    });
  }

  document.addEventListener('compliance:checked', (event) => {
    const summary = document.querySelector('[data-compliance-preview-summary]');
    if (summary && event.detail.summary && summary.textContent !== event.detail.summary) {
      summary.textContent = event.detail.summary;
    }
    highlights = event.detail.highlights || [];
    apply();
  });
  document.addEventListener('w-preview:loaded', apply);
  document.addEventListener('change', (event) => {
    if (event.target.matches('[data-compliance-preview-highlight]')) apply();
  });
  document.addEventListener('click', (event) => {
    if (!event.target.closest('[data-compliance-preview-open]')) return;
    const toggle = document.querySelector('[data-side-panel-toggle="compliance"]');
    if (toggle) toggle.click();
  });
})();
