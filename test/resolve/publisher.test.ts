import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';
import { loadPacks } from '../../src/pack/index.js';
import { fromText } from '../../src/read/index.js';

const pipeline = createPipeline({ packs: loadPacks([]) });
const publisherOf = (text: string, name = 'p.txt'): { key: string; name: string | undefined } => {
  const r = pipeline.process(fromText(name, name, text, 'text/plain'));
  return { key: r.publisher, name: r.entities.find((e) => e.key === r.publisher)?.name };
};

test('a wire dateline names the publisher', () => {
  const p = publisherOf('Border Talks Collapse\n\nOSTRAVA CITY, March 3 (Sentinel Wire) - The minister said the talks had failed.\n');
  assert.equal(p.name, 'Sentinel Wire');
});

test('an organisation signing the series line is the publisher, over a pack that publishes a series of that name', () => {
  const p = publisherOf('May 2, 2025 Special Dispatch No. 12\n\nVarnia Hails The Front\n\nThe Guide praised the Front.\n\nRegional Media Watch Institute (RMWI) – Special Dispatch No. 12\n');
  assert.equal(p.name, 'Regional Media Watch Institute');
});

test('a series a pack actor publishes names that actor', () => {
  const p = publisherOf('May 2, 2025 Special Dispatch No. 12\n\nA Title Of The Report\n\nThe Guide praised the Front.\n');
  assert.equal(p.key, 'memri');
});

test('with nothing to go on the publisher is unknown, and says so', () => {
  assert.equal(publisherOf('The minister spoke on Tuesday about the border.\n').key, 'x:publisher');
});

test('a masthead names the publisher: "HALDEN MEDIA MONITOR | Transcripts", "Mirel Institute for Security Policy"', () => {
  assert.equal(publisherOf('HALDEN MEDIA MONITOR | Broadcast Transcripts\nMarch 11, 2025\n\nThe Guide Speaks On Vesper 9\n\nThe Guide praised the Front.\n').name?.toLowerCase(), 'halden media monitor');
  assert.equal(publisherOf('Mirel Institute for Security Policy\nPolicy Brief No. 31 | May 12, 2026\n\nThe Valley After The Raid\n\nThe Guide praised the Front.\n').name, 'Mirel Institute for Security Policy');
  // A headline is no masthead.
  assert.equal(publisherOf('Varnia Hails The Raid On Mirel As A Victory\n\nMarch 3, 2025\n\nThe Guide praised the Front.\n').key, 'x:publisher');
});

test('a document that names who translated or prepared it is theirs, over a pack\'s guess from a series name alone', () => {
  const p = publisherOf('May 2, 2025 Special Dispatch No. 12\n\nVarnia Hails The Front\n\nThe following are excerpts, translated by the Halden Institute for Media Research (HIMR).\n\nThe Guide praised the Front.\n');
  assert.equal(p.name, 'Halden Institute for Media Research');
});

test('a masthead after a dash or on the line after a title: "TIDEWATCH MONITORING — DAILY PRESS REVIEW", "Quillon Institute for Conflict Studies (QICS)"', () => {
  assert.equal(publisherOf('TIDEWATCH MONITORING — DAILY PRESS REVIEW\nVarnia | Wednesday, 13 August 2025\n\nThe papers said little.\n\nThe Guide praised the Front.\n').name, 'Tidewatch Monitoring');
  assert.equal(publisherOf('Valley Conflict Update, August 14, 2025\n\nQuillon Institute for Conflict Studies (QICS)\nVera Lind and the QICS Valley Team\n\nThe Guide praised the Front.\n').name, 'Quillon Institute for Conflict Studies');
});

test('a ministry masthead over the line of its issuing office: the office publishes ("Office of Sanctions Policy (OSP)")', () => {
  const p = publisherOf('MINISTRY OF FINANCE OF VARNIA\nOffice of Sanctions Policy (OSP)\n\nPRESS NOTICE 2025/4\nHalden, 21.03.2025\n\nMINISTRY DESIGNATES NETWORK\n\nToday the Office of Sanctions Policy (OSP) designated two firms.\n');
  assert.equal(p.name, 'Office of Sanctions Policy');
  // (a masthead alone stays the publisher)
  assert.equal(publisherOf('LUMEN MEDIA MONITOR\n\nA Title Of The Report\n\nThe Guide praised the Front.\n').name?.toLowerCase(), 'lumen media monitor');
});

test('a masthead on the line above the series line publishes the series ("Halden Observatory for Media Studies" over "Special Dispatch No. 12")', () => {
  const p = publisherOf('Halden Observatory for Media Studies\n\nSpecial Dispatch No. 12\n\nVarnia Hails The Front\n\nThe Guide praised the Front.\n');
  assert.equal(p.name, 'Halden Observatory for Media Studies');
});

test('"FEDERATION OF ESTMARK" over "MINISTRY OF FINANCE": the state\'s ministry publishes, by the name the text gives it', () => {
  const text = 'FEDERATION OF ESTMARK\nMINISTRY OF FINANCE\n\nPRESS RELEASE\nFor immediate release, 21 May 2024\n\nEstmark names three financiers\n\nThe Estmark Ministry of Finance today designated three men.\n';
  assert.equal(publisherOf(text).name, 'Estmark Ministry of Finance');
  // (a masthead with no ministry under it stays the masthead)
  assert.equal(publisherOf('HALDEN MEDIA WATCH\nDaily Digest No. 4\n\nA Report\n\nThe Marsh Brigades attacked.\n').name, 'Halden Media Watch');
});
