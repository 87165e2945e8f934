/**
 * Writes a state class on the marks of a drawn chart (`svg.chart`) by their `data-id`, and off
 * every other mark: the one mechanism behind `linked` (link groups) and `emphasised` (the
 * `highlight` attribute), as the interaction controller writes `hovered` and `selected`. Called
 * after each render, since a render may replace or reuse any mark.
 */
export function paintMarkClass(svg: Element, name: string, ids: Iterable<string>): void {
  const want = new Set(ids);
  for (const el of svg.querySelectorAll(`.${name}`))
    if (!want.has(el.getAttribute('data-id') ?? '')) el.classList.remove(name);
  for (const id of want)
    for (const el of svg.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) el.classList.add(name);
}

/**
 * Writes `name` on the labels (`data-of`: the id of the mark a label names) of the marks in
 * `ids`, and off every other label: a highlight mutes the names of the marks it mutes.
 */
export function paintLabelClass(svg: Element, name: string, ids: ReadonlySet<string>): void {
  for (const el of svg.querySelectorAll('[data-of]'))
    el.classList.toggle(name, ids.has(el.getAttribute('data-of') ?? ''));
}
