// Inline SVG bar charts (no scripts, no external assets: the report opens offline).

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function escapeHtml(s: string): string {
  return esc(s);
}

export function barChart(title: string, data: [string, number][], color = '#2b6cb0'): string {
  if (data.length === 0) return `<figure><figcaption>${esc(title)}</figcaption><p class="empty">none</p></figure>`;
  const max = Math.max(...data.map(([, v]) => v), 1);
  const rowH = 22;
  const labelW = 220;
  const barW = 360;
  const h = data.length * rowH + 10;
  const rows = data
    .map(([label, v], i) => {
      const w = Math.max(1, Math.round((v / max) * barW));
      const y = i * rowH + 5;
      return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(label)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" fill="${color}"/><text x="${labelW + w + 6}" y="${y + 15}">${v.toLocaleString('en-US')}</text>`;
    })
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelW + barW + 90}" height="${h}" font-family="sans-serif" font-size="12">${rows}</svg></figure>`;
}
