// Live check for the page editor: post the form to the check view when the editor pauses typing.
(() => {
  const PAUSE_MS = 800;

  function start(panel) {
    const form = document.querySelector('[data-edit-form]');
    if (!form || panel.dataset.started) return;
    panel.dataset.started = 'true';
    const results = panel.querySelector('[data-compliance-results]');
    const status = panel.querySelector('[data-compliance-status]');
    let lastSeen = null;
    let lastSent = null;
    let busy = false;

    const serialise = () => new URLSearchParams(new FormData(form)).toString();

    async function check(body) {
      busy = true;
      panel.setAttribute('aria-busy', 'true');
      try {
        const response = await fetch(panel.dataset.checkUrl, {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' },
          credentials: 'same-origin',
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = await response.json();
        results.innerHTML = data.html;
        if (data.is_valid) {
          // said once per changed result, not after every pause in typing
          if (data.summary !== status.textContent) status.textContent = data.summary;
          // the preview panel's summary and marks follow the same check
          document.dispatchEvent(new CustomEvent('compliance:checked', { detail: data }));
        }
        const counter = document.querySelector('[data-side-panel-toggle="compliance"] [data-side-panel-toggle-counter]');
        if (counter && data.is_valid) {
          counter.textContent = data.errors;
          counter.hidden = !data.errors;
        }
      } catch (error) {
        // said in the admin's language; the technical cause goes to the console
        console.error('compliance check:', error);
        status.textContent = panel.dataset.checkFailed;
      } finally {
        busy = false;
        panel.removeAttribute('aria-busy');
      }
    }

    // Rich text and StreamField editors write their hidden inputs without form events, so compare
    // the serialised form: send once it has stopped changing for one interval.
    setInterval(() => {
      if (busy) return;
      const current = serialise();
      if (current === lastSeen && current !== lastSent) {
        lastSent = current;
        check(current);
      }
      lastSeen = current;
    }, PAUSE_MS);

    panel.addEventListener('click', async (event) => {
      const button = event.target.closest('[data-compliance-mark]');
      if (!button) return;
      const reason = window.prompt(panel.dataset.reasonPrompt);
      if (!reason) return;
      const body = new URLSearchParams({
        rule: button.dataset.rule,
        excerpt: button.dataset.excerpt,
        field: button.dataset.field,
        text_hash: button.dataset.textHash,
        reason,
        csrfmiddlewaretoken: form.querySelector('[name=csrfmiddlewaretoken]').value,
      });
      let error = panel.dataset.markFailed;
      try {
        const response = await fetch(panel.dataset.markUrl, { method: 'POST', body, credentials: 'same-origin' });
        if (response.ok) {
          lastSent = null; // check again: the finding now shows as checked
          return;
        }
        // the view's own reason (e.g. the finding is no longer in the latest check), translated there
        const data = await response.json().catch(() => ({}));
        if (data.error) error = `${error} ${data.error}`;
      } catch (failure) {
        console.error('compliance mark:', failure);
      }
      status.textContent = error;
    });
  }

  const init = () => document.querySelectorAll('[data-compliance-panel]').forEach(start);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
