/**
 * The sources pages at the end of the handout: the build puts every slide's cited sources in a `<template>`
 * (src/compiler/deck/sources.ts); here they fill as many printed pages as they need, a slide's group moving to
 * the next page whole when it would be cut.
 */
const TEMPLATE_ID = 'handout-sources';

function newPage(container: Element, height: string, first: boolean): HTMLElement {
  const page = document.createElement('div');
  page.className = 'pdf-page handout-sources';
  page.style.height = height;
  const body = document.createElement('div');
  body.className = 'handout-sources-body';
  if (first) {
    const title = document.createElement('h2');
    title.className = 'handout-sources-title';
    title.textContent = 'Sources, slide by slide';
    body.append(title);
  }
  page.append(body);
  container.append(page);
  return body;
}

/** The pages, appended to `container` (they must be laid out to be measured); none without the template. */
export function sourcesPages(container: Element, height: string): HTMLElement[] {
  const template = document.getElementById(TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return [];
  const groups = [...template.content.querySelectorAll<HTMLElement>('.handout-source-group')];
  if (groups.length === 0) return [];
  let body = newPage(container, height, true);
  for (const group of groups) {
    const copy = document.importNode(group, true);
    body.append(copy);
    if (body.scrollHeight > body.clientHeight && body.children.length > 1) {
      copy.remove();
      body = newPage(container, height, false);
      body.append(copy);
    }
  }
  return [...container.querySelectorAll<HTMLElement>(':scope > .handout-sources')];
}
