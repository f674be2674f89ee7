/**
 * Ties a page's URL state to its form and view: reads the state from the URL
 * on load and on back/forward, and writes it back (push for a deliberate
 * change, replace while typing) before rendering. Each filter page (explorer,
 * search, changes, timeline) supplies only how to show a state.
 */
import type { UrlState } from '../lib/url-state';

export interface StateView<S> {
  /** Puts the state into the form controls. */
  write(state: S): void;
  /** Shows the state: filters rows, runs the search. */
  render(state: S): void | Promise<void>;
}

export interface UrlBinding<S> {
  initial: S;
  /** Records the state in the history (a new entry, or in place) and renders it. */
  commit(state: S, mode?: 'push' | 'replace'): void;
}

export function bindUrlState<S>(codec: UrlState<S>, view: StateView<S>): UrlBinding<S> {
  const show = (state: S) => {
    view.write(state);
    void view.render(state);
  };
  window.addEventListener('popstate', () => show(codec.parse(location.search)));
  const initial = codec.parse(location.search);
  show(initial);
  return {
    initial,
    commit(state, mode = 'push') {
      const url = `${location.pathname}${codec.serialise(state)}${location.hash}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      void view.render(state);
    },
  };
}
