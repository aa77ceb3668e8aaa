import type { Found } from './engine';

/**
 * Search results as real links, so Ctrl/Cmd-click, middle click and a long press's "copy link"
 * work. In the dialog they follow the WAI-ARIA combobox pattern: the input keeps focus, arrow keys
 * move the active option (aria-activedescendant) and Enter follows it; each option is the link
 * itself (`<a role="option">`, which ARIA allows), so no control nests another. On the search
 * page they are a plain list of links that Tab reaches. Either way the number of results is
 * announced. Result text is only ever set as text; the excerpt's <mark> tags come from
 * engine.safeExcerpt.
 */
export interface ComboboxParts {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  /** "links" on the search page: a list of links in the tab order, no combobox. */
  pattern?: 'combobox' | 'links';
}

export interface Combobox {
  show(query: string, found: Found): void;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function createCombobox({ input, listbox, status, pattern = 'combobox' }: ComboboxParts): Combobox {
  let links: HTMLAnchorElement[] = [];
  let active = -1;
  const combobox = pattern === 'combobox';
  if (combobox) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');
    listbox.setAttribute('role', 'listbox');
  }

  const activate = (index: number) => {
    active = index;
    links.forEach((link, i) => link.setAttribute('aria-selected', String(i === index)));
    const option = links[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('keydown', (event) => {
    if (!combobox) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate((active + step + links.length) % links.length);
    } else if (event.key === 'Enter' && links.length > 0) {
      event.preventDefault();
      links[Math.max(active, 0)]?.click();
    }
  });

  return {
    show(query, { hits, note }) {
      links = hits.map((hit) => {
        const link = document.createElement('a');
        link.className = 'search-hit-link';
        link.href = hit.url;
        if (combobox) link.tabIndex = -1;
        const excerpt = el('span', 'search-hit-excerpt');
        excerpt.innerHTML = hit.excerpt;
        link.append(
          el('span', 'search-hit-title', hit.title),
          el('span', 'search-hit-context', hit.context),
          excerpt,
        );
        return link;
      });
      listbox.replaceChildren(
        ...links.map((link, i) => {
          const item = el('li', 'search-hit');
          item.append(link);
          if (!combobox) return item;
          item.setAttribute('role', 'none');
          link.id = `${listbox.id}-${i}`;
          link.setAttribute('role', 'option');
          link.setAttribute('aria-selected', 'false');
          // Only a pointer that moves takes over: the list scrolling under a still one does not.
          link.addEventListener('pointermove', (event) => {
            if ((event.movementX || event.movementY) && active !== i) activate(i);
          });
          return item;
        }),
      );
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (combobox) input.setAttribute('aria-expanded', String(hits.length > 0));
      listbox.hidden = hits.length === 0;
      const count = `${hits.length === 0 ? 'No' : hits.length} result${hits.length === 1 ? '' : 's'}`;
      status.textContent =
        note ?? (query.trim() ? `${count} for “${query.trim()}”` : hits.length ? `${count}` : '');
    },
  };
}
