/**
 * Contrast of the colours of the three themes (light, dark, high contrast), read from the style
 * sheets themselves: text at least 4.5:1 (7:1 in high contrast), item borders, kind colours and the
 * focus ring at least 3:1 against the panel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) =>
  readFileSync(new URL(`../../renderer/src/styles/${name}`, import.meta.url), 'utf8');
const app = read('app.css');
const themes = read('themes.css');

/** Custom properties declared in the first block that follows `selector`. */
function variables(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(selector);
  if (at < 0) throw new Error(`no ${selector}`);
  const open = css.indexOf('{', at);
  const close = css.indexOf('}', open);
  const out: Record<string, string> = {};
  for (const m of css.slice(open + 1, close).matchAll(/(--[\w-]+):\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

const light = { ...variables(app, ':root {'), ...variables(themes, ':root {') };
const THEMES: Record<string, { vars: Record<string, string>; text: number }> = {
  light: { vars: light, text: 4.5 },
  dark: { vars: { ...light, ...variables(themes, ":root:not([data-contrast='high'])") }, text: 4.5 },
  'high contrast': { vars: { ...light, ...variables(themes, ":root[data-contrast='high']") }, text: 7 },
};

type Rgb = [number, number, number];
function rgb(value: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const triple = /^(\d+) (\d+) (\d+)$/.exec(value);
  if (triple) return [Number(triple[1]), Number(triple[2]), Number(triple[3])];
  throw new Error(`not a colour: ${value}`);
}
const luminance = ([r, g, b]: Rgb) => {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const blend = (top: Rgb, under: Rgb, alpha: number): Rgb =>
  top.map((v, i) => Math.round(v * alpha + (under[i] as number) * (1 - alpha))) as Rgb;

describe.each(Object.entries(THEMES))('%s theme', (_name, { vars, text }) => {
  const c = (name: string) => rgb(vars[name] ?? `missing ${name}`);

  it('text and item labels are readable on their backgrounds', () => {
    const pairs: [string, string][] = [
      ['--text', '--panel'],
      ['--text', '--bg'],
      ['--muted', '--panel'],
      ['--accent', '--panel'],
      ['--on-accent', '--accent'],
      ['--item-text', '--panel'],
      ['--item-text', '--item-bg'],
      ['--item-text', '--q1-bg'],
      ['--item-text', '--q2-bg'],
      ['--item-text', '--q3-bg'],
      ['--item-text', '--q4-bg'],
      ['--item-text', '--selected-bg'],
      ['--tooltip-text', '--tooltip-bg'],
    ];
    for (const [fg, bg] of pairs)
      expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(text);
  });

  it('counts are readable on every shade of the density bands', () => {
    const scale = Number(vars['--agg-scale'] ?? 1);
    for (const alpha of [0.1, 0.18, 0.28, 0.4, 0.52]) {
      const band = blend(c('--agg-rgb'), c('--panel'), alpha * scale);
      expect(contrast(c('--agg-text'), band), `band ${alpha}`).toBeGreaterThanOrEqual(text);
    }
  });

  it('kind colours, the focus ring and the search-match ring stand out from the panel', () => {
    for (const name of ['--q0', '--q1', '--q2', '--q3', '--q4', '--focus', '--match-ring'])
      expect(contrast(c(name), c('--panel')), name).toBeGreaterThanOrEqual(3);
  });

  it('gives search matches a colour of their own, none of the kinds’ nor the focus', () => {
    for (const name of ['--q0', '--q1', '--q2', '--q3', '--q4', '--focus'])
      expect(vars['--match-ring'], name).not.toBe(vars[name]);
  });
});
