/** The element a script cannot work without; a missing one is a markup bug, named here rather than as a null error later. */
export function required<E extends Element>(root: ParentNode, selector: string): E {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`expected ${selector} on this page`);
  return el;
}
