import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readFileSync, readdirSync } from 'node:fs';
const dir='tests/fixtures/shared/eval/timeline-dev/apple/articles/';
const texts = readdirSync(dir).map(f=>readFileSync(dir+f,'utf8'));
for (const pipe of [undefined, ['sbd','pos'], ['pos']]) {
const nlp = winkNLP(model, pipe);
const its = nlp.its;
let t0=performance.now(); let n=0;
for (let r=0;r<5;r++) for (const t of texts) { const d=nlp.readDoc(t); const p=d.tokens().out(its.pos); const v=d.tokens().out(its.value); const sp=d.tokens().out(its.precedingSpaces); const l=d.tokens().out(its.lemma); n++; }
const ms=(performance.now()-t0)/n; const kb = texts.join('').length/texts.length/1024;
console.log(pipe, 'ms/article', ms.toFixed(2), 'KB', kb.toFixed(1));
}
const nlp = winkNLP(model, ['pos']); const d = nlp.readDoc("Hello  world.\n\nIt's Poor's 500 — “fell”."); console.log(d.tokens().out(nlp.its.precedingSpaces), d.tokens().out(), d.tokens().out(nlp.its.pos));
