/* Kaiku — progressive enhancement only. Every page works without this file. */
(() => {
  'use strict';

  const doc = document;
  doc.documentElement.classList.add('js');

  /* ---- button[data-copy]: copy the text of #id, flash data-copied ---- */
  const originals = new WeakMap();
  const timers = new WeakMap();

  const flash = (btn) => {
    const label = btn.dataset.copied;
    if (!label) return;
    if (!originals.has(btn)) originals.set(btn, Array.from(btn.childNodes));
    clearTimeout(timers.get(btn));
    btn.textContent = label;
    timers.set(btn, setTimeout(() => {
      btn.replaceChildren(...originals.get(btn));
      originals.delete(btn);
    }, 2000));
  };

  const selectText = (el, btn) => {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    try {
      if (doc.execCommand('copy')) flash(btn); // legacy path for plain-http intranets
    } catch (_) { /* the text stays selected for a manual copy */ }
  };

  doc.addEventListener('click', (event) => {
    const btn = event.target.closest('button[data-copy]');
    if (!btn) return;
    const source = doc.getElementById(btn.dataset.copy);
    if (!source) return;
    event.preventDefault();
    const text = source.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => flash(btn), () => selectText(source, btn));
    } else {
      selectText(source, btn);
    }
  });

  /* ---- form[data-confirm]: ask before submitting ---- */
  doc.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  /* ---- details.menu: close on outside click or Escape ---- */
  const openMenus = () => doc.querySelectorAll('details.menu[open]');

  doc.addEventListener('click', (event) => {
    openMenus().forEach((menu) => {
      if (!menu.contains(event.target)) menu.open = false;
    });
  });

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    openMenus().forEach((menu) => {
      const active = doc.activeElement;
      const hadFocus = !active || active === doc.body || menu.contains(active);
      menu.open = false;
      const summary = menu.querySelector('summary');
      if (hadFocus && summary) summary.focus();
    });
  });

  /* ---- live updates: new posts as a banner, changed posts swapped in place ---- */
  const stream = doc.querySelector('.stream[data-live]');
  if (stream && 'EventSource' in window) {
    const scope = stream.dataset.live;
    const banner = stream.previousElementSibling;
    const button = banner && banner.querySelector('button');
    let fresh = 0;
    const showBanner = () => {
      if (!banner || !button) return;
      const text = fresh === 1 ? button.dataset.one : (button.dataset.other || '').replace('987654', String(fresh));
      button.textContent = text;
      banner.hidden = false;
    };
    if (button) button.addEventListener('click', () => { window.location.reload(); });
    const busy = (card) => card.contains(doc.activeElement) ||
      Array.prototype.some.call(card.querySelectorAll('textarea'), (t) => t.value.trim() !== '');
    const refresh = (id) => {
      const card = doc.getElementById('post-' + id);
      if (!card || busy(card)) return;
      fetch('/p/' + encodeURIComponent(id) + '/card?here=' + encodeURIComponent(window.location.pathname), { credentials: 'same-origin' })
        .then((r) => (r.ok ? r.text() : null))
        .then((html) => {
          if (!html) return;
          const holder = doc.createElement('div');
          holder.innerHTML = html.trim();
          const next = holder.firstElementChild;
          const current = doc.getElementById('post-' + id);
          if (next && current && !busy(current)) current.replaceWith(next);
        })
        .catch(() => {});
    };
    const events = new EventSource('/events');
    events.addEventListener('post', (e) => {
      const d = JSON.parse(e.data);
      if (doc.getElementById('post-' + d.id)) { refresh(d.id); return; }
      if (!d.created) return;
      if ((scope === 'home' && d.home) || scope === d.space_id) { fresh += 1; showBanner(); }
    });
    events.addEventListener('activity', (e) => { refresh(JSON.parse(e.data).post_id); });
    events.addEventListener('removed', (e) => {
      const card = doc.getElementById('post-' + JSON.parse(e.data).id);
      if (card && !busy(card)) card.remove();
    });
    window.addEventListener('pagehide', () => events.close());
  }
})();
