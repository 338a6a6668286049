/**
 * Marks a code block whose line runs past its right edge (`data-cut`), until it is scrolled to the end, so the
 * page can shade that edge: "docker run -d -p 8080:80 -" must not pass for the whole command.
 */
export function markCutLines(root: ParentNode): void {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) mark(entry.target as HTMLElement);
  });
  for (const code of root.querySelectorAll<HTMLElement>('pre > code')) {
    observer.observe(code);
    code.addEventListener(
      'scroll',
      () => {
        mark(code);
      },
      { passive: true },
    );
  }
}

function mark(code: HTMLElement): void {
  code.toggleAttribute('data-cut', code.scrollLeft + code.clientWidth < code.scrollWidth - 1);
}
