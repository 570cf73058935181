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

  /* ---- form[data-compose]: preview a draft, suggest @mentions ---- */
  const composeSpace = (form) => form.dataset.space || '';

  doc.addEventListener('click', (event) => {
    const btn = event.target.closest('button[data-preview]');
    if (!btn) return;
    const form = btn.closest('form[data-compose]');
    const area = form && form.querySelector('textarea[name="body"]');
    const view = form && form.querySelector('.compose-preview');
    if (!area || !view) return;
    if (!btn.dataset.label) btn.dataset.label = btn.textContent;
    if (btn.getAttribute('aria-pressed') === 'true') {
      view.hidden = true;
      area.hidden = false;
      btn.textContent = btn.dataset.label;
      btn.setAttribute('aria-pressed', 'false');
      area.focus();
      return;
    }
    const body = new URLSearchParams({ body: area.value, space_id: composeSpace(form) });
    fetch('/posts/preview', { method: 'POST', credentials: 'same-origin', body })
      // 422 carries the field's message; anything else (a sign-in page after the
      // session ended, a server error) must not be shown as the draft.
      .then((r) => ((r.ok || r.status === 422) && !r.redirected ? r.text() : Promise.reject(r.status)))
      .then((html) => {
        view.innerHTML = html; // rendered and sanitised by the server
        view.hidden = false;
        area.hidden = true;
        btn.textContent = btn.dataset.write;
        btn.setAttribute('aria-pressed', 'true');
      })
      .catch(() => {});
  });

  const mentionAt = (area) => {
    const before = area.value.slice(0, area.selectionStart);
    const m = /(^|[\s(])@([\p{L}\p{N}._+-]{1,64})$/u.exec(before);
    return m ? { start: before.length - m[2].length, word: m[2] } : null;
  };
  let mentionTimer = 0;
  let mentionSeq = 0;
  const closeList = (list, area) => {
    list.hidden = true;
    list.replaceChildren();
    area.removeAttribute('aria-activedescendant');
    area.setAttribute('aria-expanded', 'false');
  };
  const choose = (area, list, option) => {
    const at = mentionAt(area);
    if (!at) return closeList(list, area);
    const tail = area.value.slice(area.selectionStart);
    const insert = option.dataset.handle + ' ';
    area.value = area.value.slice(0, at.start) + insert + tail;
    const caret = at.start + insert.length;
    area.setSelectionRange(caret, caret);
    closeList(list, area);
    area.focus();
  };
  const highlight = (area, list, index) => {
    const options = list.querySelectorAll('[role="option"]');
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    if (options[index]) area.setAttribute('aria-activedescendant', options[index].id);
  };
  const selectedIndex = (list) =>
    Array.prototype.findIndex.call(list.querySelectorAll('[role="option"]'), (o) => o.getAttribute('aria-selected') === 'true');

  doc.addEventListener('input', (event) => {
    const area = event.target;
    if (!area.matches('form[data-compose] textarea[name="body"]')) return;
    const form = area.closest('form');
    const list = form.querySelector('.mention-list');
    if (!list) return;
    if (!list.id) list.id = 'mentions-' + Math.random().toString(36).slice(2);
    area.setAttribute('aria-controls', list.id);
    area.setAttribute('aria-autocomplete', 'list');
    clearTimeout(mentionTimer);
    const at = mentionAt(area);
    if (!at) { closeList(list, area); return; }
    mentionTimer = setTimeout(() => {
      const seq = ++mentionSeq;
      const query = new URLSearchParams({ q: at.word, space_id: composeSpace(form) });
      fetch('/mentions?' + query, { credentials: 'same-origin' })
        .then((r) => (r.ok && !r.redirected ? r.json() : []))
        .then((people) => {
          if (seq !== mentionSeq) return;
          list.replaceChildren(...people.map((person, i) => {
            const li = doc.createElement('li');
            li.id = list.id + '-' + i;
            li.setAttribute('role', 'option');
            li.dataset.handle = person.handle;
            li.textContent = person.display_name + ' ';
            const small = doc.createElement('span');
            small.className = 'muted';
            small.textContent = '@' + person.handle;
            li.append(small);
            return li;
          }));
          if (people.length === 0) { closeList(list, area); return; }
          list.hidden = false;
          area.setAttribute('aria-expanded', 'true');
          highlight(area, list, 0);
        })
        .catch(() => {});
    }, 150);
  });

  doc.addEventListener('keydown', (event) => {
    const area = event.target;
    if (!area.matches || !area.matches('form[data-compose] textarea[name="body"]')) return;
    const list = area.closest('form').querySelector('.mention-list');
    if (!list || list.hidden) return;
    const count = list.querySelectorAll('[role="option"]').length;
    const index = selectedIndex(list);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : count - 1;
      highlight(area, list, (index + step) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const option = list.querySelectorAll('[role="option"]')[index];
      if (option) { event.preventDefault(); choose(area, list, option); }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      closeList(list, area);
    }
  });

  doc.addEventListener('mousedown', (event) => {
    const option = event.target.closest('.mention-list [role="option"]');
    if (!option) return;
    event.preventDefault(); // keep the caret in the textarea
    const form = option.closest('form');
    choose(form.querySelector('textarea[name="body"]'), option.parentElement, option);
  });

  /* ---- form[data-suggest]: the header's search box suggests as you type ---- */
  const searchBox = doc.querySelector('form[data-suggest] input[name="q"]');
  if (searchBox) {
    const form = searchBox.form;
    const list = doc.getElementById(searchBox.getAttribute('aria-controls'));
    let timer = 0;
    let seq = 0;
    let shownFor = null;
    const options = () => list.querySelectorAll('[role="option"]');
    const close = () => {
      list.hidden = true;
      searchBox.setAttribute('aria-expanded', 'false');
      searchBox.removeAttribute('aria-activedescendant');
    };
    const open = () => {
      if (!list.firstElementChild) return;
      list.hidden = false;
      searchBox.setAttribute('aria-expanded', 'true');
    };
    const select = (index) => {
      const all = options();
      all.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
      if (all[index]) {
        searchBox.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        searchBox.removeAttribute('aria-activedescendant');
      }
    };
    const selected = () => Array.prototype.findIndex.call(options(), (o) => o.getAttribute('aria-selected') === 'true');
    const suggest = () => {
      const q = searchBox.value;
      if (q.trim().length < 2) { seq += 1; shownFor = null; list.replaceChildren(); close(); return; }
      if (q === shownFor) { open(); return; }
      const mine = ++seq;
      fetch(form.dataset.suggest + '?' + new URLSearchParams({ q }), { credentials: 'same-origin' })
        .then((r) => (r.ok && !r.redirected ? r.text() : Promise.reject(r.status)))
        .then((html) => {
          if (mine !== seq) return; // an answer to an older keystroke
          list.innerHTML = html; // rendered and escaped by the server
          shownFor = q;
          if (doc.activeElement === searchBox) open();
        })
        .catch(() => {});
    };
    searchBox.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, 120);
    });
    searchBox.addEventListener('focus', () => { if (searchBox.value.trim().length >= 2) suggest(); });
    searchBox.addEventListener('keydown', (event) => {
      const count = options().length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) { suggest(); return; }
        event.preventDefault();
        if (count === 0) return;
        const index = selected();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        select(index < 0 ? (step > 0 ? 0 : count - 1) : (index + step + count) % count);
      } else if (event.key === 'Enter') {
        const option = list.hidden ? null : options()[selected()];
        if (option) { event.preventDefault(); window.location.href = option.href; }
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    list.addEventListener('mousedown', (event) => {
      if (event.target.closest('[role="option"]')) event.preventDefault(); // keep focus until the click lands
    });
    doc.addEventListener('click', (event) => { if (!form.contains(event.target)) close(); });
    searchBox.addEventListener('blur', () => { setTimeout(() => { if (!form.contains(doc.activeElement)) close(); }, 150); });
  }

  /* ---- nav[data-more]: older posts load in place, on click or on reaching them ---- */
  let loadingMore = false;
  const loadMore = (nav) => {
    const link = nav && nav.querySelector('a[href]');
    const list = nav && nav.previousElementSibling;
    if (!link || !list || !list.classList.contains('stream') || loadingMore) return;
    loadingMore = true;
    if (moreObserver) moreObserver.unobserve(nav);
    link.setAttribute('aria-busy', 'true');
    fetch(link.href, { credentials: 'same-origin' })
      .then((r) => (r.ok && !r.redirected ? r.text() : Promise.reject(r.status)))
      .then((html) => {
        const page = new DOMParser().parseFromString(html, 'text/html');
        page.querySelectorAll('.stream > [id^="post-"]').forEach((card) => {
          if (!doc.getElementById(card.id)) list.append(doc.adoptNode(card));
        });
        const next = page.querySelector('nav[data-more]');
        if (next) {
          nav.replaceWith(doc.adoptNode(next));
          watchMore();
        } else {
          nav.remove();
        }
      })
      .catch(() => { window.location.href = link.href; })
      .finally(() => { loadingMore = false; });
  };
  const moreObserver = 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
      entries.forEach((e) => { if (e.isIntersecting) loadMore(e.target); });
    }, { rootMargin: '600px 0px' })
    : null;
  const watchMore = () => {
    const nav = doc.querySelector('nav[data-more]');
    if (nav && moreObserver) moreObserver.observe(nav);
  };
  watchMore();
  doc.addEventListener('click', (event) => {
    const link = event.target.closest('nav[data-more] a');
    if (!link) return;
    event.preventDefault();
    loadMore(link.closest('nav'));
  });

  /* ---- live updates: the bell's count everywhere; on streams, new posts as a
     banner and changed posts swapped in place ---- */
  const bell = doc.querySelector('a[data-bell]');
  const stream = doc.querySelector('.stream[data-live]');
  const setUnread = (n) => {
    if (!bell) return;
    const badge = bell.querySelector('[data-unread]');
    if (!badge) return;
    badge.dataset.unread = String(n);
    badge.textContent = n >= 100 ? '99+' : n.toLocaleString(doc.documentElement.lang || undefined);
    badge.hidden = n === 0;
    bell.setAttribute('aria-label', n === 0 ? bell.dataset.labelNone
      : (bell.dataset.labelSome || '').replace('987654', String(n)));
  };
  if ((bell || stream) && 'EventSource' in window) {
    const events = new EventSource('/events');
    events.addEventListener('notifications', (e) => { setUnread(JSON.parse(e.data).unread); });
    window.addEventListener('pagehide', () => events.close());
    if (stream) {
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
          .then((r) => (r.ok && !r.redirected ? r.text() : null))
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
    }
  }
})();
