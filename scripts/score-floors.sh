#!/usr/bin/env bash
# Runs the extractor over the development corpus and over the bundled examples (with their
# pack) and fails when a figure falls below its floor. The floors are the figures reached so
# far: raise them when the extractors improve, never lower them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# held_out NAME: extract examples/NAME/docs with no pack and score it against examples/NAME/gold,
# with the floors given after the name.
held_out() {
  local name=$1; shift
  node dist/src/cli/main.js extract "examples/$name/docs" --format jsonl > "$out/$name.jsonl"
  node ../shared/eval/score.mjs --gold "examples/$name/gold" --docs "examples/$name/docs" --pred "$out/$name.jsonl" "$@"
}

echo "== development corpus (../shared/corpus)"
node dist/src/cli/main.js extract ../shared/corpus --format jsonl > "$out/corpus.jsonl"
node ../shared/eval/score.mjs --gold ../shared/eval/gold --docs ../shared/corpus --pred "$out/corpus.jsonl" \
  --min quote_f1=1.0 --min attribution=1.0 --min quote_speaker_f1=1.0 \
  --min date_acc=1.0 --min cited_acc=1.0 --min medium_acc=1.0 \
  --min relation_p=0.91 --min relation_f1=0.85 --min claimant_acc=0.89

echo "== bundled examples (examples/docs, with examples/pack)"
node dist/src/cli/main.js --pack examples/pack extract examples/docs --format jsonl > "$out/examples.jsonl"
node ../shared/eval/score.mjs --gold examples/gold --docs examples/docs --pred "$out/examples.jsonl" \
  --min quote_f1=1.0 --min attribution=1.0 --min quote_speaker_f1=1.0 \
  --min date_acc=0.97 --min cited_acc=1.0 --min medium_acc=0.94 \
  --min relation_f1=0.85

# Written apart from the extractor's rules, with actors in no pack: a generalisation check.
# (Dates are not floored here: one story's dateline has no year, and the year is read from
# the file's modification day.)
echo "== held-out examples (examples/heldout, no pack)"
held_out heldout \
  --min quote_f1=1.0 --min attribution=1.0 --min relation_p=0.90 --min relation_f1=0.85 --min claimant_acc=0.89

# A second set written the same way, in four more styles (transcript, roundup, footnoted
# report, ministry statement with a news story). (Its gold reads a spokesman's "We thank X" as
# the spokesman's own thanks; set C's gold, and the extractor, as the group's: two relations
# here, hence relation_p 0.94.)
echo "== held-out examples B (examples/heldout-b, no pack)"
held_out heldout-b \
  --min quote_f1=0.98 --min attribution=0.95 --min date_acc=0.90 --min relation_p=0.94 --min relation_f1=0.86 --min claimant_acc=0.90

# A third set (monitoring brief, newspaper analysis, translated communiqué).
echo "== held-out examples C (examples/heldout-c, no pack)"
held_out heldout-c \
  --min quote_f1=1.0 --min attribution=0.90 --min relation_p=0.97 --min relation_f1=0.82 --min claimant_acc=0.86

# A fourth set (wire story, group profile, social-media digest, news conference), scored blind
# first (relation F1 0.317), then used for development.
echo "== held-out examples D (examples/heldout-d, no pack)"
held_out heldout-d \
  --min quote_f1=1.0 --min attribution=0.92 --min medium_acc=0.96 --min cited_acc=0.92 --min relation_p=0.95 --min relation_f1=0.79 --min claimant_acc=0.95

# A fifth set (special dispatch with footnotes, press review, think-tank update, bylined
# analysis), scored blind first (attribution 0.659, relation F1 0.350), then used for development.
echo "== held-out examples E (examples/heldout-e, no pack)"
held_out heldout-e \
  --min quote_f1=0.97 --min attribution=0.93 --min date_acc=0.95 --min cited_acc=0.88 --min relation_p=0.94 --min relation_f1=0.76 --min claimant_acc=0.79

# A sixth set (Telegram monitoring digest, committee hearing transcript, research brief with a
# plain-text table, translated state-media article), scored blind first (attribution 0.524,
# relation F1 0.583), then used for development. Its hearing transcript's unquoted turns are
# not quotes in its gold (we read them as statements), hence the quote floor.
echo "== held-out examples F (examples/heldout-f, no pack)"
held_out heldout-f \
  --min quote_f1=0.74 --min attribution=0.95 --min date_acc=0.78 --min cited_acc=0.88 --min relation_p=0.92 --min relation_f1=0.81 --min claimant_acc=0.82

# A seventh set (monitoring bulletin with source tags, sanctions designation notice, annotated
# speech, trial report), scored blind first (attribution 0.605, date 0.250, relation F1 0.534),
# then used for development.
echo "== held-out examples G (examples/heldout-g, no pack)"
held_out heldout-g \
  --min quote_f1=0.98 --min attribution=0.90 --min date_acc=0.75 --min medium_acc=0.96 --min cited_acc=0.88 --min relation_p=0.92 --min relation_f1=0.83 --min claimant_acc=0.86

# An eighth set (leaked memo, eulogy coverage, Q&A explainer, chronology), kept outside the
# repository until scored blind (attribution 0.528, date 0.276, relation F1 0.454), then used
# for development.
echo "== held-out examples H (examples/heldout-h, no pack)"
held_out heldout-h \
  --min quote_f1=1.0 --min attribution=0.83 --min date_acc=0.58 --min cited_acc=0.85 --min relation_p=0.95 --min relation_f1=0.76 --min claimant_acc=0.80

# A ninth set (radio monitoring digest, sanctions press release, magazine profile), kept outside
# the repository until scored blind (attribution 0.591, relation F1 0.504, claimant 0.424), then
# added; then used for development like the others.
echo "== held-out examples K (examples/heldout-k, no pack)"
held_out heldout-k \
  --min quote_f1=0.95 --min attribution=0.72 --min relation_p=0.88 --min relation_f1=0.75 --min claimant_acc=0.75

# A tenth set (think-tank commentary with footnotes, wire roundup of reactions, court-filing
# summary), kept outside the repository until scored blind (attribution 0.810, relation F1
# 0.473, claimant 0.731, the same as on the code before the session that scored it), then added.
# (Its court summary credits every allegation to the prosecution, a frame the extractor reads
# only where a sentence states it.)
echo "== held-out examples L (examples/heldout-l, no pack)"
held_out heldout-l \
  --min quote_f1=0.97 --min attribution=0.80 --min date_acc=0.80 --min relation_p=0.89 --min relation_f1=0.68 --min claimant_acc=0.73
