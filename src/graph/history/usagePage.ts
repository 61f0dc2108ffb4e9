// GET /usage: a small self-contained page (no CDN, no library) that asks this gateway's `usage`
// field and draws it as SVG bar charts: sessions and billed minutes per day by kind, top owners.
// It calls /graphql with the browser's own credentials, so it sees what its viewer may see; under
// AUTH_MODE=jwt it asks for a bearer token, kept in the tab's sessionStorage (never in the URL).
import type { Plugin } from 'graphql-yoga';
import { SESSION_KINDS } from '../../sources/registry.js';

/** One colour per kind of session, in registry order. */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22'];
const KIND_COLOURS = JSON.stringify(Object.fromEntries(SESSION_KINDS.map((k, i) => [k.kind, PALETTE[i % PALETTE.length]])));

const PAGE = String.raw`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Session usage</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:20px}h2{font-size:16px;margin:24px 0 8px}
form{display:flex;gap:12px;align-items:end;flex-wrap:wrap}label{display:flex;flex-direction:column;font-size:12px}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
svg{background:#fafafa;border:1px solid #ddd}#error{color:#b00020}[hidden]{display:none!important}
</style></head><body>
<h1>Session usage</h1>
<form id="range"><label>Start <input type="date" name="start"></label><label>End (exclusive) <input type="date" name="end"></label><button>Show</button></form>
<form id="signin" hidden><label>Bearer token (this gateway asks for one) <input type="password" name="token" autocomplete="off" size="60"></label><button>Sign in</button></form>
<p id="error" role="alert"></p><p id="summary"></p>
<div class="legend" id="legend"></div>
<h2>Sessions per day, by kind</h2><svg id="sessions" width="1000" height="220" role="img" aria-label="Sessions per day by kind"></svg>
<h2>Billed minutes per day, by kind</h2><svg id="minutes" width="1000" height="220" role="img" aria-label="Billed minutes per day by kind"></svg>
<h2>Top owners by billed minutes</h2><svg id="owners" width="1000" height="260" role="img" aria-label="Top owners by billed minutes"></svg>
<script>
const KINDS = ${KIND_COLOURS};
const QUERY = 'query Usage($from: DateTime!, $to: DateTime!) { byDay: usage(from: $from, to: $to, groupBy: [KIND, DAY]) { kind period sessions billedMinutes } owners: usage(from: $from, to: $to, groupBy: [OWNER]) { owner sessions billedMinutes } }';
const NS = 'http://www.w3.org/2000/svg';
const day = (d) => d.toISOString().slice(0, 10);
function el(name, attrs, text) { const e = document.createElementNS(NS, name); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; return e; }
function stacked(svg, rows, value, days) {
  svg.replaceChildren();
  const W = +svg.getAttribute('width'), H = +svg.getAttribute('height'), pad = 30;
  const totals = days.map((d) => rows.filter((r) => r.day === d).reduce((a, r) => a + value(r), 0));
  const max = Math.max(1, ...totals), bw = (W - pad) / Math.max(1, days.length);
  svg.appendChild(el('text', { x: 2, y: 12, 'font-size': 10 }, String(Math.round(max))));
  days.forEach((d, i) => {
    let y = H - pad;
    for (const kind of Object.keys(KINDS)) {
      const r = rows.find((r) => r.day === d && r.kind === kind);
      if (!r || value(r) === 0) continue;
      const h = (value(r) / max) * (H - 2 * pad);
      y -= h;
      const bar = el('rect', { x: pad + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: KINDS[kind], class: 'bar' });
      bar.appendChild(el('title', {}, d + ' ' + kind + ': ' + Math.round(value(r))));
      svg.appendChild(bar);
    }
    if (days.length <= 31 || i % 7 === 0) svg.appendChild(el('text', { x: pad + i * bw, y: H - 12, 'font-size': 9 }, d.slice(5)));
  });
}
function owners(svg, rows) {
  svg.replaceChildren();
  const top = rows.filter((r) => r.owner).sort((a, b) => b.billedMinutes - a.billedMinutes).slice(0, 10);
  const W = +svg.getAttribute('width'), max = Math.max(1, ...top.map((r) => r.billedMinutes));
  top.forEach((r, i) => {
    const w = (r.billedMinutes / max) * (W - 360);
    svg.appendChild(el('text', { x: 4, y: 20 + i * 24, 'font-size': 11 }, r.owner.slice(0, 40)));
    svg.appendChild(el('rect', { x: 300, y: 8 + i * 24, width: Math.max(1, w), height: 16, fill: '#2ca02c', class: 'bar' }));
    svg.appendChild(el('text', { x: 304 + w, y: 20 + i * 24, 'font-size': 11 }, Math.round(r.billedMinutes) + ' min'));
  });
}
async function show(from, to) {
  document.body.dataset.ready = 'false';
  document.getElementById('error').textContent = '';
  try {
    const token = sessionStorage.getItem('usage-token');
    const headers = { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) };
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: QUERY, variables: { from: from.toISOString(), to: to.toISOString() } }) });
    // A gateway that wants a token says so with 401: ask for one.
    document.getElementById('signin').hidden = res.status !== 401;
    const body = await res.json();
    if (body.errors) throw new Error(body.errors[0].message);
    const rows = body.data.byDay.map((r) => ({ ...r, day: r.period.slice(0, 10) }));
    const days = [];
    for (let d = new Date(from); d < to; d = new Date(d.getTime() + 864e5)) days.push(day(d));
    stacked(document.getElementById('sessions'), rows, (r) => r.sessions, days);
    stacked(document.getElementById('minutes'), rows, (r) => r.billedMinutes, days);
    owners(document.getElementById('owners'), body.data.owners);
    const total = rows.reduce((a, r) => a + r.sessions, 0), billed = rows.reduce((a, r) => a + r.billedMinutes, 0);
    document.getElementById('summary').textContent = total + ' sessions, ' + Math.round(billed) + ' billed minutes between ' + day(from) + ' and ' + day(to) + ' (UTC).';
  } catch (error) {
    document.getElementById('error').textContent = 'Could not load usage: ' + error.message;
  }
  document.body.dataset.ready = 'true';
}
document.getElementById('legend').innerHTML = Object.entries(KINDS).map(([k, c]) => '<span><i style="background:' + c + '"></i>' + k + '</span>').join('');
const params = new URLSearchParams(location.search);
const today = new Date(day(new Date()) + 'T00:00:00Z');
const to = params.get('end') ? new Date(params.get('end') + 'T00:00:00Z') : new Date(today.getTime() + 864e5);
const from = params.get('start') ? new Date(params.get('start') + 'T00:00:00Z') : new Date(to.getTime() - 30 * 864e5);
const form = document.getElementById('range');
form.start.value = day(from); form.end.value = day(to);
form.addEventListener('submit', (e) => { e.preventDefault(); location.search = '?start=' + form.start.value + '&end=' + form.end.value; });
const signin = document.getElementById('signin');
signin.addEventListener('submit', (e) => { e.preventDefault(); sessionStorage.setItem('usage-token', signin.token.value.trim()); signin.token.value = ''; show(from, to); });
show(from, to);
</script></body></html>`;

/** Serves the page at GET /usage. */
export function useUsagePage(): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || url.pathname !== '/usage') return;
      endResponse(
        new fetchAPI.Response(PAGE, {
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            // Nothing but this page's own script and style, and calls back to this gateway.
            'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'",
          },
        }),
      );
    },
  };
}
