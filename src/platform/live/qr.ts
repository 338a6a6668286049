import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A QR code as an SVG element, one path of dark modules, built with DOM calls (no markup string) so the
 * page's Content-Security-Policy and any text in the link stay harmless.
 */
export function qrSvg(doc: Document, text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { border: 2 });
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${String(size)} ${String(size)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = svg.appendChild(doc.createElementNS(SVG, 'rect'));
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${String(x)} ${String(y)}h1v1h-1z`;
    });
  });
  const path = svg.appendChild(doc.createElementNS(SVG, 'path'));
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  return svg;
}
