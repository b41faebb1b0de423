#!/usr/bin/env bash
# The WordPress plugin's translation template, wordpress/languages/smp-widget.pot, made with
# GNU gettext's xgettext from every PHP file under wordpress/, the block editor's script
# (block/editor.js) and the block's block.json. It depends on the sources only (no date, no
# line numbers), so e2e/wordpress-i18n.test.mjs can tell when it is out of date.
#
#   scripts/wordpress-pot.sh           rewrite wordpress/languages/smp-widget.pot
#   scripts/wordpress-pot.sh OUT       write the template to OUT instead (nothing else changes)
#   scripts/wordpress-pot.sh --update  rewrite it, merge it into each translation (new strings
#                                      empty, changed ones marked fuzzy: translate both), then
#                                      compile each .mo and the block editor's .json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
plugin="$root/wordpress"
languages="$plugin/languages"
update=false
out="$languages/smp-widget.pot"
case "${1:-}" in
  --update) update=true ;;
  '') ;;
  *) out="$(realpath -m "$1")" ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# block.json's title, description and keywords, with the contexts WordPress translates them
# under (wp-includes/block-i18n.json), as a PO file xgettext reads like the sources.
node - "$plugin/block/block.json" > "$work/block.json.po" <<'EOF'
const block = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const quote = (s) => JSON.stringify(s);
const entry = (context, text) => `#: block/block.json\nmsgctxt ${quote(context)}\nmsgid ${quote(text)}\nmsgstr ""\n`;
const entries = [entry('block title', block.title), entry('block description', block.description)];
for (const keyword of block.keywords ?? []) entries.push(entry('block keyword', keyword));
process.stdout.write(`msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${entries.join('\n')}`);
EOF

# WordPress's translation functions, and the plugin's in_language() (includes/i18n.php).
# Paths relative to the plugin's folder, in a fixed order; each file's language is its extension's.
cd "$plugin"
mapfile -t php < <(find . -name '*.php' -printf '%P\n' | LC_ALL=C sort)
xgettext --from-code=UTF-8 --add-comments=translators: --add-location=file \
  --keyword --keyword=__ --keyword=_e --keyword=_x:1,2c --keyword=_ex:1,2c \
  --keyword=_n:1,2 --keyword=_nx:1,2,4c --keyword=_n_noop:1,2 --keyword=_nx_noop:1,2,3c \
  --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__ --keyword=esc_attr_e \
  --keyword=esc_html_x:1,2c --keyword=esc_attr_x:1,2c --keyword=in_language:2 \
  --output="$work/extracted.pot" \
  "${php[@]}" block/editor.js "$work/block.json.po"

# A fixed header instead of xgettext's (which carries the time it ran); then the entries.
{
  cat <<'EOF'
# Translation template for the WordPress plugin "SMP self-assessment" (text domain smp-widget).
# Written by scripts/wordpress-pot.sh from the plugin's sources: regenerate, do not edit.
# This file is distributed under the same license as the plugin (MIT).
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: smp-widget\n"
"Report-Msgid-Bugs-To: \n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
"Language-Team: LANGUAGE <LL@li.org>\n"
"Language: \n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\n"
"X-Domain: smp-widget\n"
EOF
  sed -n '/^$/,$p' "$work/extracted.pot"
} > "$out.tmp"
mv "$out.tmp" "$out"

$update || exit 0

# Each translation: merged, compiled (.mo), and the block editor's strings as the JSON
# WordPress gives wp.i18n (named after the md5 of the script's path in the plugin): its PO
# entries, unwrapped (the editor's script has no plurals or contexts), as Jed 1.x JSON.
to_jed="$(cat <<'EOF'
const po = require('node:fs').readFileSync(0, 'utf8');
const unquote = (s) => JSON.parse(s.replace(/\\t/g, '\t'));
const messages = { '': { domain: 'messages', lang: process.argv[1], 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
for (const [, id, str] of po.matchAll(/^msgid (".*")\nmsgstr (".*")$/gm)) {
  if (unquote(id) !== '') messages[unquote(id)] = [unquote(str)];
}
process.stdout.write(`${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`);
EOF
)"
editor_md5="$(printf '%s' block/editor.js | md5sum | cut -d' ' -f1)"
for po in "$languages"/smp-widget-*.po; do
  locale="$(basename "$po" .po)"
  locale="${locale#smp-widget-}"
  msgmerge --quiet --update --backup=none --previous "$po" "$out"
  msgfmt --check --output-file="$languages/smp-widget-$locale.mo" "$po"
  msggrep --location=block/editor.js "$po" | msgattrib --translated --no-fuzzy --no-wrap \
    | node -e "$to_jed" "$locale" > "$languages/smp-widget-$locale-$editor_md5.json"
done
