/**
 * Progressive rendering for Redoc 2.5.4's standalone bundle: the page shows
 * its first operations at once and renders the rest a few at a time.
 *
 * Redoc 2 renders every operation before the first one appears (its
 * `lazyRendering` option is documented as not implemented): at 100 operations
 * the first heading showed after 5–6 s. Its `ContentItems` component maps the
 * menu's items to sections in one render; this substitution gives that
 * component a count of items shown: FIRST_ITEMS at the first render, then
 * more in steps of about STEP_BUDGET_MS, one step per browser task, until all
 * are shown. The browser paints and answers input between steps. A nested
 * list (a tag's operations) does the same, so the first operation of the
 * first tag shows after a handful of sections whatever the contract's size.
 *
 * Two things Redoc did on a complete page are kept:
 * - Following a link to a section that is not rendered yet (a deep link, a
 *   click in the side menu or the search results, back and forward): Redoc
 *   finds no element and does not scroll. The runtime notes such a link when
 *   it is followed (the hash at load, `history.pushState`, which Redoc's
 *   clicks use, and `hashchange`/`popstate` events), if the side menu knows
 *   its id; until its section exists, steps render whole lists, and then the
 *   link is followed again (a `hashchange` event, which Redoc handles).
 *   Redoc's scroll tracking rewrites the hash with `history.replaceState` as
 *   the reader scrolls, which is not a link; the reader's wheel, touch or key
 *   input gives up a pending link; so does the page being complete.
 * - Knowing when the page is complete: when every list shows all its items,
 *   `<html>` gets the `data-redoc-rendered` attribute and the window a
 *   `redoc:rendered` event (the browser tests and the bench wait for it).
 *
 * A page in a background tab (whose timers the browser slows to about one a
 * second) renders whole lists per step.
 *
 * Like the attribution image (scripts/lib/docs.ts), the substitution is made
 * on the exact Redoc version the docs are pinned to and fails, naming what it
 * looked for, when the bundle's component no longer has that shape.
 */
import { DocsError } from './docs-error.ts';

/** Items each list renders at once; the first operation is among them. */
export const FIRST_ITEMS = 2;
/**
 * How long one step of rendering should take, in milliseconds: a step adds as
 * many items to one list as the last steps suggest fit in it (at least one,
 * at most MAX_STEP_ITEMS), so the page answers input within about this long.
 */
export const STEP_BUDGET_MS = 50;
/** The most items one step adds. */
export const MAX_STEP_ITEMS = 16;
/** The attribute `<html>` gets when every item is rendered. */
export const RENDERED_ATTRIBUTE = 'data-redoc-rendered';
/** The window event fired at the same moment. */
export const RENDERED_EVENT = 'redoc:rendered';

/** The global the patched component calls; defined by RUNTIME ahead of the bundle. */
const RUNTIME_NAME = '__redocProgressive';

/**
 * `ContentItems.render` as Redoc 2.5.4's minified bundle has it:
 * `render(){const e=this.props.items;return 0===e.length?null:e.map(e=>n.createElement(Xx,{key:e.id,item:e}))}`.
 * The names (here `e`, `n` for React, `Xx` for `ContentItem`) are captured, not assumed.
 */
const CONTENT_ITEMS_RENDER = /render\(\)\{const ([\w$]+)=this\.props\.items;return 0===\1\.length\?null:\1\.map\(([\w$]+)=>([\w$]+)\.createElement\(([\w$]+),\{key:\2\.id,item:\2\}\)\)\}/g;

/**
 * The runtime the patched component calls. One scheduler for the page: the
 * lists with items left wait in the order they mounted (a tag's operations
 * before the next tag), one step per browser task adds items to the first of
 * them, sized by the time the last step took (render, layout and paint
 * included) per item. It also follows a hash whose section was missing, and
 * signals completion. Plain ES2017 in a classic script, like the bundle it
 * precedes.
 */
const RUNTIME = `var ${RUNTIME_NAME} = (function () {
  var BUDGET = ${STEP_BUDGET_MS};
  var MAX = ${MAX_STEP_ITEMS};
  var waiting = [];
  var timer;
  var last;
  var perItem = BUDGET;
  var started = false;
  var target = null;
  var finishing;
  function idOf(hash) {
    try {
      return decodeURIComponent(hash.slice(1));
    } catch (e) {
      return '';
    }
  }
  function has(attribute, id) {
    return document.querySelector('[' + attribute + '="' + CSS.escape(id) + '"]') !== null;
  }
  function known(id) {
    return has('data-item-id', id) || document.querySelector('[data-item-id$="/' + CSS.escape(id) + '"]') !== null;
  }
  // A link was followed: note it when its section is not rendered yet.
  function followed() {
    var id = idOf(window.location.hash);
    target = id && !has('data-section-id', id) && known(id) ? id : null;
  }
  function giveUp() {
    target = null;
  }
  function start() {
    started = true;
    followed();
    var push = window.history.pushState;
    window.history.pushState = function () {
      var out = push.apply(this, arguments);
      followed();
      return out;
    };
    window.addEventListener('hashchange', followed);
    window.addEventListener('popstate', followed);
    ['wheel', 'touchstart', 'keydown'].forEach(function (type) {
      window.addEventListener(type, giveUp, { capture: true, passive: true });
    });
  }
  function finish() {
    finishing = undefined;
    if (target !== null && has('data-section-id', target)) {
      var id = target;
      target = null;
      if (idOf(window.location.hash) === id) window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    if (waiting.length === 0) {
      target = null;
      if (!document.documentElement.hasAttribute('${RENDERED_ATTRIBUTE}')) {
        document.documentElement.setAttribute('${RENDERED_ATTRIBUTE}', '');
        window.dispatchEvent(new Event('${RENDERED_EVENT}'));
      }
    }
  }
  function tick() {
    timer = undefined;
    var now = performance.now();
    if (last) perItem = Math.max(1, (now - last.at) / last.items);
    last = undefined;
    var list = waiting[0];
    if (!list) return;
    var left = list.props.items.length - list.state.shown;
    if (left < 1) {
      // Shown in full by now (its items changed): next list.
      waiting.shift();
      if (waiting.length > 0) timer = setTimeout(tick, 0);
      if (finishing === undefined) finishing = setTimeout(finish, 0);
      return;
    }
    // Whole lists while a link waits for its section, or while no one sees the page.
    var items = target !== null || document.hidden ? left : Math.min(left, Math.max(1, Math.min(MAX, Math.floor(BUDGET / perItem))));
    last = { at: now, items: items };
    list.setState(function (state, props) {
      return { shown: Math.min(props.items.length, state.shown + items) };
    });
  }
  return {
    first: ${FIRST_ITEMS},
    step: function (list) {
      if (!started) start();
      var at = waiting.indexOf(list);
      if (list.state.shown < list.props.items.length) {
        if (at < 0) waiting.push(list);
      } else if (at >= 0) {
        waiting.splice(at, 1);
      }
      if (waiting.length > 0 && timer === undefined) timer = setTimeout(tick, 0);
      // After the whole commit (children's hooks run before their parent's).
      if (finishing === undefined) finishing = setTimeout(finish, 0);
    },
    stop: function (list) {
      var at = waiting.indexOf(list);
      if (at >= 0) waiting.splice(at, 1);
      if (waiting.length > 0 && timer === undefined) timer = setTimeout(tick, 0);
    },
  };
})();
`;

/** The component's new methods, in the bundle's own names. */
function progressiveMethods(items: string, item: string, react: string, contentItem: string): string {
  return [
    `constructor(p){super(p);this.state={shown:${RUNTIME_NAME}.first}}`,
    `componentDidMount(){${RUNTIME_NAME}.step(this)}`,
    `componentDidUpdate(){${RUNTIME_NAME}.step(this)}`,
    `componentWillUnmount(){${RUNTIME_NAME}.stop(this)}`,
    `render(){const ${items}=this.props.items;return 0===${items}.length?null:${items}.slice(0,this.state.shown).map(${item}=>${react}.createElement(${contentItem},{key:${item}.id,item:${item}}))}`,
  ].join('');
}

/**
 * Redoc's bundle with progressive rendering: RUNTIME ahead of it and
 * `ContentItems` rendering its items a chunk at a time. Throws, naming what it
 * looked for, unless that component occurs exactly once.
 */
export function withProgressiveRendering(bundle: string): string {
  const found = [...bundle.matchAll(CONTENT_ITEMS_RENDER)];
  if (found.length !== 1) {
    throw new DocsError(
      `expected the Redoc bundle to contain ContentItems' render method (\`render(){const e=this.props.items;return 0===e.length?null:e.map(…)}\`) exactly once, found it ${found.length} time(s). ` +
        'The bundle changed: find the component that maps the menu items to sections and update scripts/lib/docs-progressive.ts, or the docs would render every operation before showing the first.',
    );
  }
  const match = found[0] as RegExpExecArray;
  const [text, items, item, react, contentItem] = match as unknown as [string, string, string, string, string];
  const at = match.index;
  return `${RUNTIME}${bundle.slice(0, at)}${progressiveMethods(items, item, react, contentItem)}${bundle.slice(at + text.length)}`;
}
